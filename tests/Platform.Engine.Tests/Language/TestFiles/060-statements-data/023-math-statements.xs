task math_in_place {
  stack {
    var $total {
      value = 10
    }
    math.add $total {
      value = 5
    }
    math.sub $total {
      value = 2
    }
    math.mul $total {
      value = 3
    }
    math.div $total {
      value = 4
    }
    math.mod $total {
      value = 7
    }
  }
}
