// {% set %} makes template variables; one set before a loop keeps what the loop sets (Twig's scoping), one first
// set inside the loop is gone after it; {% set x %}…{% endset %} captures text. Template variables never change
// the run's variables.
task template_set {
  stack {
    var $lines {
      value = [{price: 2.5, qty: 2}, {price: 10, qty: 3}]
    }
    util.template_engine {
      value = """
        {% set total = 0 %}
        {% for line in $var.lines %}
        {% set total = total + line.price * line.qty %}
        {% set inner = "only in the loop" %}
        {% endfor %}
        total={{ total }} inner=[{{ inner }}]
        {% set heading %}Invoice for {{ $var.lines|length }} lines{% endset %}
        {{ heading|upper }}
        {% set lines = "shadowed" %}{{ lines }}
        """
    } as $text
    return {
      value = {text: $text, lines_after: $lines}
    }
  }
}
