task long_form_unassigned {
  stack {
    debug.log {
      value = $var.total
    }
  }
}
