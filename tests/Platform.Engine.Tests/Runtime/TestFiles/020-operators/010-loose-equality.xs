task loose {
  stack {
    debug.log { value = "5" == 5 }
    debug.log { value = "5.0" == 5 }
    debug.log { value = 0 == "a" }
    debug.log { value = null == false }
    debug.log { value = null == 0 }
    debug.log { value = "" == null }
    debug.log { value = "abc" == "ABC" }
    debug.log { value = [1, 2] == [1, 2] }
    debug.log { value = {a: 1, b: 2} == {b: 2, a: 1} }
    return { value = 1.0 == 1 }
  }
}
