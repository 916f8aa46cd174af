task ternary_members {
  stack {
    var $user {
      value = {admin: true, name: "Ada", email: "ADA@EXAMPLE.COM"}
    }
    var $result_value {
      value = $user.admin ? $user.name : $user.email|to_lower
    }
  }
}
