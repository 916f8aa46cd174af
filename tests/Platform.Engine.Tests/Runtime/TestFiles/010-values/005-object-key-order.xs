task order {
  stack {
    var $o { value = {zeta: 1, alpha: 2, mid: 3} }
    var.update $o.beta { value = 4 }
    var.update $o.zeta { value = 9 }
    return { value = $o }
  }
}
