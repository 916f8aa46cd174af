// A required text input rejects a missing value and empty text; a nullable one accepts an explicit null.
task input_required {
  stack {
    function.run greet {
      input = {name: "Ada", title: null}
    } as $ok
    debug.log {
      value = $ok
    }
    try_catch {
      try {
        function.run greet {
          input = {name: "", title: "Dr"}
        }
      }
      catch {
        debug.log {
          value = $error.code ~ ": " ~ $error.message
        }
      }
    }
    function.run greet {
      input = {title: "Dr"}
    }
  }
}
