task pre_expr {
  stack {
    var $user { value = {name: "Ada", age: 15} }
    precondition ($user.age >= 18) {
      error_type = "accessdenied"
      error = $user.name ~ " is only " ~ $user.age
    }
  }
}
