task hex_octal {
  stack {
    var $letters {
      value = "\x41\102\x4a\e[0m"
    }
  }
}
