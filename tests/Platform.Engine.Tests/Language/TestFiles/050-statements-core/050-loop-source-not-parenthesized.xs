task foreach_no_parens {
  stack {
    foreach $items {
      each as $item {
        debug.log {
          value = $item
        }
      }
    }
  }
}
