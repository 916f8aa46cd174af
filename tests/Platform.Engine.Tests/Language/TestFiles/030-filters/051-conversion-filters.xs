task conversion_filters {
  stack {
    var $result_value {
      value = ["42"|to_int, 3|to_text, "true"|to_bool, {a: 1}|json_encode, "a=1&b=2"|querystring_parse]
    }
  }
}
