task comparisons {
  stack {
    debug.log { value = 2 < 10 }
    debug.log { value = "2" < "10" }
    debug.log { value = "apple" < "banana" }
    debug.log { value = 5 >= 5.0 }
    debug.log { value = null < 1 }
    debug.log { value = "abc" > "abd" }
    return { value = 3 <= "3" }
  }
}
