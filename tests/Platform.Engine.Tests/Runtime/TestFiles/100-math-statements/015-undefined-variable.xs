task undefined_variable {
  stack {
    math.add $counter { value = 1 }
    return { value = $counter }
  }
}
