task loop_errors {
  stack {
    var $ok { value = 0 }
    var $failed { value = 0 }
    foreach ([1, 0, 2, 0, 4]) {
      each as $n {
        try_catch {
          try {
            var $r { value = 100 / $n }
            var.update $ok { value = $ok + 1 }
          }
          catch {
            var.update $failed { value = $failed + 1 }
          }
        }
      }
    }
    return { value = {ok: $ok, failed: $failed} }
  }
}
