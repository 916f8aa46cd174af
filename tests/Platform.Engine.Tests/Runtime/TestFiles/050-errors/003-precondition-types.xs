task pre_types {
  stack {
    var $codes { value = [] }
    foreach (["badrequest", "unauthorized", "accessdenied", "notfound", "toomanyrequests", "standard"]) {
      each as $type {
        try_catch {
          try {
            precondition (false) {
              error_type = $type
              error = "failed: " ~ $type
            }
          }
          catch {
            var.update $codes[$type] { value = $error.code }
          }
        }
      }
    }
    return { value = $codes }
  }
}
