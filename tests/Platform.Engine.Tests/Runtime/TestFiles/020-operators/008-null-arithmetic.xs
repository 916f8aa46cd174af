task null_math {
  stack {
    debug.log { value = null + 5 }
    debug.log { value = true + 1 }
    return { value = 3 - null }
  }
}
