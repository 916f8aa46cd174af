task object_quoted {
  stack {
    var $result_value {
      value = {"first name": "Ada", "x-api-key": "k"}
    }
  }
}
