function scoped {
  input {
    int n
  }
  stack {
    util.get_vars as $seen
    var $secret {
      value = "inside"
    }
    var $count {
      value = $input.n * 10
    }
  }
  response = {seen_on_entry: $seen, count: $count}
}
