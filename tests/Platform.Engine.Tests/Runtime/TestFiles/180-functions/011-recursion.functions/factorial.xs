function "math/factorial" {
  input {
    int n
  }
  stack {
    conditional {
      if ($input.n <= 1) {
        return {
          value = 1
        }
      }
    }
    function.run "math/factorial" {
      input = {n: $input.n - 1}
    } as $smaller
  }
  response = $input.n * $smaller
}
