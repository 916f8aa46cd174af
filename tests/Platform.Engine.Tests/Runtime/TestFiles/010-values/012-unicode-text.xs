task unicode {
  stack {
    var $greeting { value = "héllo wörld ✓" }
    debug.log { value = $greeting }
    return { value = $greeting ~ " 日本" }
  }
}
