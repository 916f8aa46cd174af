task triple_backtick {
  stack {
    var $price {
      value = 12.5
    }
    var $gross {
      value = ```
        $price * 1.2
        ```
    }
  }
}
