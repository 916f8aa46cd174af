task not_object {
  stack {
    var $count {
      value = 3
    }
    object.keys {
      value = $count
    } as $keys
    return {
      value = $keys
    }
  }
}
