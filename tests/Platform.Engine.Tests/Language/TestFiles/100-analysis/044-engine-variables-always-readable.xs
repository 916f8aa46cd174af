function engine_variables {
  input {
    text q?
  }

  stack {
    debug.log {
      value = [$auth.id, $env.APP_NAME, $input.q, $response, $output]
    }
  }
}
