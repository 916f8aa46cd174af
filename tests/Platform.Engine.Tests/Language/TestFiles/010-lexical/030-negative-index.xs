task negative_index {
  stack {
    var $names {
      value = ["ada", "grace", "linus"]
    }
    var $last_name {
      value = $names[-1]
    }
  }
}
