// util.get_vars and $var both read the stack variables; a template reads them as $var (or by name).
task get_vars_in_template {
  stack {
    var $user {
      value = {name: "Ada", roles: ["admin", "author"]}
    }
    util.get_vars as $vars
    util.template_engine {
      value = "{{ $var.user.name }} has {{ $var.user.roles|length }} roles; vars: {{ $var|keys|join(', ') }}"
    } as $line
    return {
      value = {same_user: $vars.user == $var.user, line: $line}
    }
  }
}
