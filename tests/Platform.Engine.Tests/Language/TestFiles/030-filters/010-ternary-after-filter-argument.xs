task ternary_after_argument {
  stack {
    var $user {
      value = {admin: false}
    }
    var $result_value {
      value = $user|get:"admin" ? "yes" : "no"
    }
  }
}
