task remove_in_for {
  stack {
    for (3) {
      each as $i {
        foreach.remove
      }
    }
  }
}
