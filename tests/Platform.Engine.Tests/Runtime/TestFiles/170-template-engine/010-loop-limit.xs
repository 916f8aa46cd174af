// A template's loops and ranges count against the run's loop limit (10,000,000 per loop here): the run stops with
// the limit, which a try_catch cannot catch.
task template_loop_limit {
  stack {
    try_catch {
      try {
        util.template_engine {
          value = "{{ (1..20000000)|length }}"
        } as $never
      }
      catch {
        debug.log {
          value = "not caught"
        }
      }
    }
  }
}
