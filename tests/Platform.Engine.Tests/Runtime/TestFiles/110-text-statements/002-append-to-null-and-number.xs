task append_to_null_and_number {
  stack {
    var $empty { value = null }
    text.append $empty { value = "start" }
    debug.log { value = $empty }
    var $code { value = 42 }
    text.prepend $code { value = "#" }
    debug.log { value = $code }
    var $flag { value = "on: " }
    text.append $flag { value = true }
    return { value = $flag }
  }
}
