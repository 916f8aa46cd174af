// The object util.get_vars yields is a copy: changing a variable afterwards does not change it, and it does not
// contain itself until the next call.
task get_vars_snapshot {
  stack {
    var $count {
      value = 1
    }
    util.get_vars as $before
    var.update $count {
      value = 2
    }
    util.get_vars as $after
    return {
      value = {before: $before, after: $after}
    }
  }
}
