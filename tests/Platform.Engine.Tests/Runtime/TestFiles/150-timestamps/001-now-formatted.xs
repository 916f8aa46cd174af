task stamp {
  stack {
    var $now { value = now }
    debug.log { value = $now }
    debug.log { value = $now|format_timestamp:"Y-m-d H:i:s" }
    debug.log { value = $now|format_timestamp:"l, jS \\o\\f F Y g:i A T":"America/New_York" }
    debug.log { value = $now|format_timestamp:"c":"Asia/Kolkata" }
    debug.log { value = $now|format_timestamp:"r" }
    debug.log { value = $now|format_timestamp:"D W z t L N w" }
    return { value = $now|format_timestamp:"U.v" }
  }
}
