// Templates for AI prompts and JSON: json_encode prints values as JSON, ?? and ?: give fallbacks, ~ joins text.
task template_prompt {
  stack {
    var $order {
      value = {id: 7, items: [{sku: "A1", qty: 1}], customer: {name: "Ada", tier: null}}
    }
    util.template_engine {
      value = """
        You are a support agent. Customer: {{ $var.order.customer.name ~ " (" ~ ($var.order.customer.tier ?? "standard") ~ ")" }}
        Order {{ $var.order.id }} items as JSON: {{ $var.order.items|json_encode }}
        Priority: {{ $var.order.customer.tier ?: "normal" }}
        """
    } as $prompt
    return {
      value = $prompt
    }
  }
}
