task dollar_dollar {
  stack {
    var $prices {
      value = [10, 20]
    }
    var $with_tax {
      value = $prices|map:$$ * 1.2
    }
  }
}
