task push_unshift {
  stack {
    var $names {
      value = ["b"]
    }
    array.push $names {
      value = "c"
    }
    array.unshift $names {
      value = "a"
    }
    array.push $names {
      value = ["d", "e"]
    }
    debug.log {
      value = $names
    }
    var $empty {
      value = null
    }
    array.push $empty {
      value = 1
    }
    return {
      value = $empty
    }
  }
}
