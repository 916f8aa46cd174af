task ltrim_rtrim {
  stack {
    var $code { value = "000120" }
    text.ltrim $code { value = "0" }
    debug.log { value = $code }
    var $path { value = "/files/reports///" }
    text.rtrim $path { value = "/" }
    debug.log { value = $path }
    var $spaces { value = "  both  " }
    text.ltrim $spaces { value = " " }
    return { value = "[" ~ $spaces ~ "]" }
  }
}
