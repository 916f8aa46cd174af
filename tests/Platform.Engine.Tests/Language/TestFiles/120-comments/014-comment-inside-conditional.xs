task conditional_comments {
  stack {
    var $n {
      value = 1
    }
    conditional {
      // positive numbers
      if ($n > 0) {
        // log it
        debug.log {
          value = "positive"
        }
      }
      // everything else
      else {
        debug.log {
          value = "not positive"
        }
      }
      // no more branches
    }
  }
}
