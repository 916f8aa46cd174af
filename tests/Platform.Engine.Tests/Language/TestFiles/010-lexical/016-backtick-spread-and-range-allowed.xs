task backtick_extras {
  stack {
    var $base {
      value = [1, 2]
    }
    var $combined {
      value = `[0, ...$base, 3]`
    }
    var $hours {
      value = `0..23`
    }
  }
}
