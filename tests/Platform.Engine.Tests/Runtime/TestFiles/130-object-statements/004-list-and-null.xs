task list_and_null {
  stack {
    object.keys {
      value = ["a", "b"]
    } as $indexes
    object.entries {
      value = ["a"]
    } as $list_entries
    object.values {
      value = null
    } as $nothing
    return {
      value = {indexes: $indexes, list_entries: $list_entries, nothing: $nothing}
    }
  }
}
