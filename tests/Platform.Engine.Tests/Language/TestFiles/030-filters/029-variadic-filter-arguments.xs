task variadic_arguments {
  stack {
    var $result_value {
      value = "%s is %d years old"|sprintf:"Ada":36
    }
  }
}
