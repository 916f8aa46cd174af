// for over a list with loop.index/first/last/length, over an object's keys and values, and the else part for
// an empty list.
task template_loops {
  stack {
    var $items {
      value = [{name: "Pen", qty: 2}, {name: "Book", qty: 1}, {name: "Lamp", qty: 4}]
    }
    var $stock {
      value = {pens: 40, books: 0}
    }
    util.template_engine {
      value = """
        {% for item in $var.items %}
        {{ loop.index }}/{{ loop.length }} {{ item.name }} x{{ item.qty }}{{ loop.first ? " (first)" }}{{ loop.last ? " (last)" }}
        {% endfor %}
        {% for name, count in $var.stock %}
        {{ name }}: {{ count }}
        {% endfor %}
        {% for x in [] %}
        never
        {% else %}
        no rows
        {% endfor %}
        """
    } as $text
    return {
      value = $text
    }
  }
}
