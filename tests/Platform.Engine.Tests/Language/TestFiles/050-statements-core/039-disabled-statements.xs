task disabled_statements {
  stack {
    !var $unused {
      value = 1
    }
    !debug.log {
      value = "skipped"
    }
    !conditional {
      if (true) {
        debug.log {
          value = "never"
        }
      }
    }
  }
}
