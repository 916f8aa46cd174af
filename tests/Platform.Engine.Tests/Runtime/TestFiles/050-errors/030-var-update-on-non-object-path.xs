task bad_path {
  stack {
    var $n { value = 5 }
    var.update $n.field { value = 1 }
    return { value = $n }
  }
}
