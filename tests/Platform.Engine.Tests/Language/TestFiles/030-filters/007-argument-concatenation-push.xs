task argument_push {
  stack {
    var $headers {
      value = []
    }
    var $token {
      value = "abc"
    }
    var $result_value {
      value = $headers|push:"X-Token: " ~ $token
    }
  }
}
