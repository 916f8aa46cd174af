task merge {
  stack {
    var $all {
      value = [1, 2]
    }
    array.merge $all {
      value = [3, 4]
    }
    debug.log {
      value = $all
    }
    array.merge $all {
      value = 5
    }
    debug.log {
      value = $all
    }
    array.merge $all {
      value = null
    }
    array.merge $all {
      value = []
    }
    return {
      value = $all
    }
  }
}
