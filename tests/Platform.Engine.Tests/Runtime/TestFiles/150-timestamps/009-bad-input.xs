task bad_input {
  stack {
    try_catch {
      try {
        var $a { value = "next blue moon"|to_timestamp }
      }
      catch {
        debug.log { value = $error.message }
      }
    }
    try_catch {
      try {
        var $b { value = now|format_timestamp:"Y":"Atlantis/Capital" }
      }
      catch {
        debug.log { value = $error.message }
      }
    }
    try_catch {
      try {
        var $c { value = now|transform_timestamp:"sometime later" }
      }
      catch {
        debug.log { value = $error.message }
      }
    }
    debug.log { value = null|format_timestamp:"Y" }
    debug.log { value = ""|to_timestamp }
    var $d { value = {when: "x"}|to_timestamp }
    return { value = $d }
  }
}
