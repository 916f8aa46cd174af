task object_keys_list {
  stack {
    object.keys {
      value = [1, 2]
    } as $keys
  }
}
