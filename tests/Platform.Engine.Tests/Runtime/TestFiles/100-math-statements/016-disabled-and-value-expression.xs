task disabled_and_value_expression {
  stack {
    var $n { value = 100 }
    !math.sub $n { value = 1 }
    math.sub $n {
      value = ([1, 2, 3]|in:2) ? 10 : 20
      description = "take ten"
    }
    return { value = $n }
  }
}
