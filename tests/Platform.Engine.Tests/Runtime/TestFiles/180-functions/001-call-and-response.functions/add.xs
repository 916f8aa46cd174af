function "math/add" {
  input {
    int a
    int b
  }
  stack {
    var $sum {
      value = $input.a + $input.b
    }
  }
  response = $sum
}
