task security_filters {
  stack {
    var $result_value {
      value = ["secret"|sha256, "msg"|hmac_sha256:"key", 42|secureid_encode:"salt"]
    }
  }
}
