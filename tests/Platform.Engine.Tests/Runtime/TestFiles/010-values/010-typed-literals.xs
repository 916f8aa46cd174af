task typed {
  stack {
    debug.log { value = !int "42" }
    debug.log { value = !decimal "1.5" }
    debug.log { value = !bool "true" }
    return { value = !text "12" }
  }
}
