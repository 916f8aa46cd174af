// Catalog example of action.package.call.
task example_action_package_call {
  stack {
    action.package.call "create_customer" {
      package = "stripe"
      input = {email: $input.email}
    } as $customer
  }
}
