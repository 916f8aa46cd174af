task same_as_filters {
  stack {
    var $a { value = 7 }
    math.div $a { value = 2 }
    var $b { value = 12 }
    math.bitwise.xor $b { value = 10 }
    var $c { value = -7 }
    math.mod $c { value = 3 }
    return {
      value = [$a == (7|divide:2), $b == (12|bitwise_xor:10), $c == (-7|modulus:3)]
    }
  }
}
