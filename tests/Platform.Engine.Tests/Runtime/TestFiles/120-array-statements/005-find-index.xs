task find_index {
  stack {
    var $ids {
      value = [7, 8, 9, 8]
    }
    array.find_index ($ids) if ($this == 8) as $position
    debug.log {
      value = $position
    }
    array.find_index ($ids) if ($this == 1) as $missing
    debug.log {
      value = $missing
    }
    array.find_index (null) if ($this == 1) as $from_null
    return {
      value = $from_null
    }
  }
}
