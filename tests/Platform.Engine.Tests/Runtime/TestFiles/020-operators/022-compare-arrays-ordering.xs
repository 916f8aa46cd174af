task array_compare {
  stack {
    debug.log { value = [1, 2] < [1, 3] }
    return { value = [1, 2, 3] > [9, 9] }
  }
}
