task objects {
  stack {
    var $name { value = "Ada" }
    var $age { value = 36 }
    return { value = {name: $name, age: $age + 1, adult: $age >= 18, nested: {upper: [$name, $age]}} }
  }
}
