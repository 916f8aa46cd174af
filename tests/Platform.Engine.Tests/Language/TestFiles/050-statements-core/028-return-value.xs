function early_return {
  stack {
    var $total {
      value = 42
    }
    return {
      value = $total
    }
  }

  response = $total
}
