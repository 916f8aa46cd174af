// A disabled statement never runs, so a disabled statement this server cannot run (redis.*) does not stop the
// script; the enabled statements run.
task disabled_unsupported {
  stack {
    !redis.get {
      key = "rates"
    } as $cached
    util.template_engine {
      value = "cached: {{ cached ?? 'nothing' }}"
    } as $text
    return {
      value = $text
    }
  }
}
