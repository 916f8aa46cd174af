task bitwise_in_place {
  stack {
    var $flags {
      value = 12
    }
    math.bitwise.and $flags {
      value = 4
    }
    math.bitwise.or $flags {
      value = 8
    }
    math.bitwise.xor $flags {
      value = 1
    }
  }
}
