// Input filters run before the stack: trim, lower and upper transform; min/max and the character rules check.
// On a list, min/max bound its length and the other filters apply to each element.
task input_filters {
  stack {
    function.run signup {
      input = {username: "  Ada_L  ", contact: " ADA@Example.COM ", code: "ab12", quantity: "5", tags: [" x ", "y "]}
    } as $clean
    return {
      value = $clean
    }
  }
}
