task reserved_mutation {
  stack {
    math.add $result {
      value = 1
    }
  }
}
