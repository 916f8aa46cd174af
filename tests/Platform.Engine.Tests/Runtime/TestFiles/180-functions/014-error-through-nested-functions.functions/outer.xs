function "orders/outer" {
  input {
  }
  stack {
    var $step {
      value = "outer"
    }
    function.run "orders/inner" {
      input = {id: 7}
    } as $inner
  }
  response = $inner
}
