function evens {
  input {
    int[] numbers
  }
  stack {
    var $kept {
      value = $input.numbers
    }
    foreach ($kept) {
      each as $n {
        conditional {
          if ($n % 2 == 1) {
            foreach.remove
          }
        }
      }
    }
  }
  response = $kept
}
