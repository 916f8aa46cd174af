task text_index {
  stack {
    var $word { value = "hello" }
    debug.log { value = $word.length }
    return { value = $word[1] }
  }
}
