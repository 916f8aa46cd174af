task bad_math {
  stack {
    var $a { value = "apple" }
    return { value = $a * 2 }
  }
}
