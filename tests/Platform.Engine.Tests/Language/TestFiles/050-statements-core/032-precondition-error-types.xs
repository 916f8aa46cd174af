task error_types {
  stack {
    var $user {
      value = null
    }
    precondition ($user != null) {
      error_type = "notfound"
      error = "No such user."
    }
    precondition ($user.active) {
      error_type = "accessdenied"
    }
    precondition ($user.calls < 100) {
      error_type = "toomanyrequests"
    }
  }
}
