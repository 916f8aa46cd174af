task object_dotted {
  stack {
    var $result_value {
      value = {user.name: "asc", created_at: "desc"}
    }
  }
}
