// The template may come from a variable (stored in a table, say), and be rendered many times with other values.
task template_from_variable {
  stack {
    var $template {
      value = "Dear {{ $var.person|title }}, you owe {{ $var.amount|number_format(2, ',', '.') }} EUR."
    }
    var $letters {
      value = []
    }
    foreach ([{person: "ada lovelace", amount: 1234.5}, {person: "charles babbage", amount: 7}]) {
      each as $row {
        var $person {
          value = $row.person
        }
        var $amount {
          value = $row.amount
        }
        util.template_engine {
          value = $template
        } as $letter
        debug.log {
          value = $letter
        }
      }
    }
  }
}
