function first_even {
  input {
    int[] numbers
  }
  stack {
    foreach ($input.numbers) {
      each as $n {
        conditional {
          if ($n % 2 == 0) {
            return {
              value = $n
            }
          }
        }
      }
    }
  }
  response = null
}
