// if / elseif / else with comparisons, and/or/not, in, and the tests is defined, is empty, is null.
task template_conditionals {
  stack {
    var $orders {
      value = [{total: 120, status: "paid"}, {total: 15, status: "open"}, {total: 0, status: "void", note: null}]
    }
    util.template_engine {
      value = """
        {% for o in $var.orders %}
        {% if o.total >= 100 and o.status == "paid" %}big paid
        {% elseif o.status in ["open", "pending"] or o.total > 1000 %}waiting
        {% elseif not o.total and o.note is defined and o.note is null %}void with empty note
        {% else %}other
        {% endif %}
        {% endfor %}
        {% if $var.missing is not defined and [] is empty %}checks done{% endif %}
        """
    } as $text
    return {
      value = $text
    }
  }
}
