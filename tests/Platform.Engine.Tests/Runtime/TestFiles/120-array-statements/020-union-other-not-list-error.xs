task union_error {
  stack {
    array.union ([1, 2]) {
      value = "3"
    } as $all
    return {
      value = $all
    }
  }
}
