task described {
  stack {
    var $x {
      value = 5
      description = "A described statement"
    }
    return { value = $x }
  }
}
