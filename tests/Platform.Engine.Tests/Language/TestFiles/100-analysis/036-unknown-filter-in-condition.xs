task unknown_filter_condition {
  stack {
    var $name {
      value = "ada"
    }
    conditional {
      if ($name|titlecase == "Ada") {
        debug.log {
          value = $name
        }
      }
    }
  }
}
