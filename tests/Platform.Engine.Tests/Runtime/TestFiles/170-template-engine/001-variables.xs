// Variables begin with $ as in Xano's template docs: $var.x (stack variables), $input, $env, $auth; a stack
// variable may also be named directly. Missing keys print nothing.
task template_variables {
  stack {
    var $customer {
      value = {firstName: "Ada", lastName: "Lovelace", purchaseCount: 12, vip: true}
    }
    util.template_engine {
      value = "Write to {{ $var.customer.firstName }} {{ $customer.lastName }} ({{ customer.purchaseCount }} orders). Key: {{ $env.API_KEY }}. Input: {{ $input|json_encode }}. Missing: [{{ $var.customer.middleName }}]"
    } as $prompt
    return {
      value = $prompt
    }
  }
}
