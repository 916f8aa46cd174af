task util_no_body {
  stack {
    util.get_env as $environment
    util.get_all_input as $all_input
    util.get_vars as $variables
  }
}
