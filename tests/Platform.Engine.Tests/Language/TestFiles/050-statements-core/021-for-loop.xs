task for_loop {
  stack {
    var $pages {
      value = []
    }
    for (3) {
      each as $i {
        array.push $pages {
          value = $i + 1
        }
      }
    }
  }
}
