task ternary_argument {
  stack {
    var $user {
      value = {admin: false}
    }
    var $result_value {
      value = $user|set:"role":($user.admin ? "admin" : "member")
    }
  }
}
