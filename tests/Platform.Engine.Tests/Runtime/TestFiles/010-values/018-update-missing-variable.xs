task update_missing {
  stack {
    var.update $fresh.a { value = 1 }
    return { value = $fresh }
  }
}
