task union_not_list {
  stack {
    array.union ([1]) {
      value = "x"
    } as $merged
  }
}
