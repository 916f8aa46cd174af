task charge {
  stack {
    function.run "billing/charge_customer" {
      input = {customer_id: 7, amount: 19.99}
    } as $charge
  }
}
