task group_block {
  stack {
    group {
      description = "Totals"
      stack {
        var $subtotal {
          value = 100
        }
        var $tax {
          value = $subtotal * 0.2
        }
      }
    }
    debug.log {
      value = $subtotal + $tax
    }
  }
}
