// A value that cannot be converted is an input error at the function.run that passed it; the function never runs.
task input_type_error {
  stack {
    var $errors {
      value = []
    }
    try_catch {
      try {
        function.run typed {
          input = {count: "many", price: 1, active: true, label: "x", starts: 0, day: "2025-01-01", contact: "a@b.co", id: "c3f2a7e0-8a2b-4d3c-9a51-1f0e2d3c4b5a", status: "draft", anything: null}
        }
      }
      catch {
        debug.log {
          value = $error.code ~ ": " ~ $error.message
        }
      }
    }
    try_catch {
      try {
        function.run typed {
          input = {count: 1, price: 1, active: "yes", label: "x", starts: 0, day: "2025-01-01", contact: "a@b.co", id: "c3f2a7e0-8a2b-4d3c-9a51-1f0e2d3c4b5a", status: "draft", anything: null}
        }
      }
      catch {
        debug.log {
          value = $error.message
        }
      }
    }
    try_catch {
      try {
        function.run typed {
          input = {count: 1, price: 1, active: true, label: "x", starts: 0, day: "2025-01-01", contact: "not-an-address", id: "c3f2a7e0-8a2b-4d3c-9a51-1f0e2d3c4b5a", status: "draft", anything: null}
        }
      }
      catch {
        debug.log {
          value = $error.message
        }
      }
    }
    function.run typed {
      input = {count: 1, price: 1, active: true, label: "x", starts: 0, day: "2025-01-01", contact: "a@b.co", id: "c3f2a7e0-8a2b-4d3c-9a51-1f0e2d3c4b5a", status: "deleted", anything: null}
    }
  }
}
