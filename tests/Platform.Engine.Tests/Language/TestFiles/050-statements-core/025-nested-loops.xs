task nested_loops {
  stack {
    var $cells {
      value = []
    }
    for (2) {
      each as $row {
        for (3) {
          each as $column {
            array.push $cells {
              value = [$row, $column]
            }
          }
        }
      }
    }
  }
}
