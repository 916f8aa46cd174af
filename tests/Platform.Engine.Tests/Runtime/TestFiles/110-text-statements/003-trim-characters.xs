task trim_characters {
  stack {
    var $name { value = "  Ada Lovelace \n" }
    text.trim $name { value = " \n" }
    debug.log { value = $name }
    var $slug { value = "--hello-world--" }
    text.trim $slug { value = "-" }
    debug.log { value = $slug }
    var $code { value = "abc123xyz" }
    text.trim $code { value = "a..z" }
    return { value = $code }
  }
}
