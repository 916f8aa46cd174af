// A bad template is a script error that names the statement and the template line: catchable like any other.
task template_error {
  stack {
    try_catch {
      try {
        util.template_engine {
          value = """
            Hello
            {% if $var.user %}
            never closed
            """
        } as $never
      }
      catch {
        debug.log {
          value = $error.message
        }
      }
    }
    util.template_engine {
      value = "line one\n{{ 10 // 0 }}"
    } as $never
  }
}
