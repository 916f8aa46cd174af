function check_quantity {
  input {
    int quantity
  }

  stack {
    precondition ($input.quantity > 0) {
      error_type = "inputerror"
      error = "Quantity must be positive."
      payload = {quantity: $input.quantity}
    }
  }
}
