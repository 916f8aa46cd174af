// Each failing input rule is an input error that names the input and the rule.
task input_filter_rejects {
  stack {
    var $cases {
      value = [
        {username: "  ab ", contact: "a@b.co", code: "X1", quantity: 1, tags: []}
        {username: "ada", contact: "a@b.co", code: "X-1", quantity: 1, tags: []}
        {username: "ada", contact: "a@b.co", code: "X1", quantity: 100, tags: []}
        {username: "ada", contact: "a@b.co", code: "X1", quantity: 1, tags: ["a", "b", "c", "d"]}
      ]
    }
    foreach ($cases) {
      each as $case {
        try_catch {
          try {
            function.run signup {
              input = $case
            }
          }
          catch {
            debug.log {
              value = $error.message
            }
          }
        }
      }
    }
    var $secrets {
      value = [
        {secret: "short1!", slug: "inv-1"}
        {secret: "longenough!", slug: "inv-1"}
        {secret: "longenough1", slug: "inv-1"}
        {secret: "longenough1!", slug: "inv--1"}
        {secret: "longenough1!", slug: "order-1"}
        {secret: "longenough1!", slug: "inv-A"}
        {secret: "longenough1!", slug: "inv-7"}
      ]
    }
    foreach ($secrets) {
      each as $case {
        try_catch {
          try {
            function.run set_secret {
              input = $case
            } as $outcome
            debug.log {
              value = $outcome
            }
          }
          catch {
            debug.log {
              value = $error.message
            }
          }
        }
      }
    }
  }
}
