// The attribute disabled = true switches a statement off like a leading ! (reference §5.1); disabled = false
// leaves it on. A switched-off statement this server cannot run does not stop the script either.
task disabled_attribute {
  stack {
    var $count {
      value = 1
    }
    var.update $count {
      value = 100
      disabled = true
    }
    debug.log {
      value = "skipped"
      disabled = true
    }
    debug.log {
      value = "kept"
      disabled = false
    }
    redis.get {
      key = "k"
      disabled = true
    } as $cached
    foreach ([1, 2]) {
      disabled = true
      each as $n {
        var.update $count {
          value = $count + $n
        }
      }
    }
    return {
      value = $count
    }
  }
}
