// util.get_env yields what $env holds: the workspace's variables (as text) and the built-ins; in a task the
// request built-ins are empty and $datasource names the datasource the run uses.
task get_env {
  stack {
    util.get_env as $environment
    debug.log {
      value = $environment.API_KEY
    }
    debug.log {
      value = $environment == $env
    }
    return {
      value = $environment
    }
  }
}
