task indexes {
  stack {
    var $list { value = [10, 20, 30] }
    var $i { value = 2 }
    debug.log { value = $list[0] }
    debug.log { value = $list[$i] }
    debug.log { value = $list[$i - 1] }
    return { value = $list["1"] }
  }
}
