// A statement written with a leading ! is disabled: kept in the script, skipped when it runs (reference §5.1),
// whatever it is — a var, a log, a loop, a conditional, a return, or a utility.
task disabled_statements {
  stack {
    var $status {
      value = "initial"
    }
    var $snapshot {
      value = "not taken"
    }
    !var $status {
      value = "disabled var"
    }
    !var.update $status {
      value = "disabled update"
    }
    !debug.log {
      value = "never logged"
    }
    !foreach ([1, 2, 3]) {
      each as $n {
        debug.log {
          value = $n
        }
      }
    }
    !conditional {
      if (true) {
        var $status {
          value = "disabled branch"
        }
      }
    }
    !util.get_vars as $snapshot
    !return {
      value = "returned early"
    }
    debug.log {
      value = $status
    }
    return {
      value = {status: $status, snapshot: $snapshot}
    }
  }
}
