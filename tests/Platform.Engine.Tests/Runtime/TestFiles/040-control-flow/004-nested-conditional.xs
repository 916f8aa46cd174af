task nested {
  stack {
    var $a { value = 1 }
    var $b { value = 2 }
    conditional {
      if ($a == 1) {
        conditional {
          if ($b == 3) {
            return { value = "a1b3" }
          }
          else {
            return { value = "a1-not-b3" }
          }
        }
      }
    }
    return { value = "unreached" }
  }
}
