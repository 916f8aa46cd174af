task concat {
  stack {
    debug.log { value = "a" ~ "b" }
    debug.log { value = "n" ~ 1 }
    debug.log { value = "d" ~ 1.5 }
    debug.log { value = "t" ~ true ~ "/" ~ false }
    debug.log { value = "x" ~ null ~ "y" }
    return { value = "list " ~ [1, 2] }
  }
}
