task arity_in_argument {
  stack {
    var $users {
      value = [{name: "ada"}]
    }
    var $names {
      value = $users|map:($$.name|substr)
    }
  }
}
