task trim_null_value {
  stack {
    var $padded { value = "\t  hello \n" }
    var $characters { value = null }
    text.trim $padded { value = $characters }
    var $kept { value = "  hello  " }
    text.rtrim $kept { value = "" }
    return { value = ["[" ~ $padded ~ "]", "[" ~ $kept ~ "]"] }
  }
}
