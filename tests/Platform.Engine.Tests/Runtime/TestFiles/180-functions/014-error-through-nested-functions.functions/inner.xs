function "orders/inner" {
  input {
    int id
  }
  stack {
    throw {
      name = "OrderMissing"
      value = "Order " ~ $input.id ~ " does not exist."
    }
  }
  response = null
}
