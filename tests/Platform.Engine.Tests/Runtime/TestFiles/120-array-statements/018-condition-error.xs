task condition_error {
  stack {
    var $values {
      value = [1, 2, "x"]
    }
    try_catch {
      try {
        array.filter ($values) if ($this * 2 > 2) as $big
      }
      catch {
        debug.log {
          value = $error.message
        }
      }
    }
    array.map ($values) {
      by = $this + 1
    } as $plus_one
  }
}
