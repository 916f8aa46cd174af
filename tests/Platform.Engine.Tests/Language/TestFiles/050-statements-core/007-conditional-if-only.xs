task if_only {
  stack {
    var $amount {
      value = 120
    }
    conditional {
      if ($amount > 100) {
        debug.log {
          value = "large"
        }
      }
    }
  }
}
