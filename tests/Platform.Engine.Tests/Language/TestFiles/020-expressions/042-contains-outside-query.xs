task contains_outside_query {
  stack {
    var $tags {
      value = ["x"]
    }
    var $result_value {
      value = $tags contains "x"
    }
  }
}
