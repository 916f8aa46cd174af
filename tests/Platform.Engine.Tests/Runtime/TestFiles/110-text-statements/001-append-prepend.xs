task append_prepend {
  stack {
    var $message { value = "Hello" }
    text.append $message { value = ", world" }
    debug.log { value = $message }
    text.prepend $message { value = "Re: " }
    return { value = $message }
  }
}
