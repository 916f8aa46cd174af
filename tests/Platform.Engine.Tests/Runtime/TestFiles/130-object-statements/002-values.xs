task values {
  stack {
    var $totals {
      value = {jan: 10, feb: 20.5, mar: null}
    }
    object.values {
      value = $totals
    } as $numbers
    return {
      value = $numbers
    }
  }
}
