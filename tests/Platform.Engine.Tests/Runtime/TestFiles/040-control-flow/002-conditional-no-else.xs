task no_else {
  stack {
    var $x { value = "unchanged" }
    conditional {
      if (false) {
        var $x { value = "changed" }
      }
    }
    return { value = $x }
  }
}
