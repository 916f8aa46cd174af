task object_aligned {
  stack {
    var $result_value {
      value = {
      name    : "Ada"
      age     : 36
      is_admin: false
    }
    }
  }
}
