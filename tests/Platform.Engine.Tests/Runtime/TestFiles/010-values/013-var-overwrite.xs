task overwrite {
  stack {
    var $x { value = 1 }
    var $x { value = "now text" }
    var $x { value = [$x, $x] }
    return { value = $x }
  }
}
