task union {
  stack {
    array.union ([1, 2, 2, 3]) {
      value = [3, "4", 4]
    } as $numbers
    debug.log {
      value = $numbers
    }
    array.union ([{id: 1, v: "old"}]) {
      value = [{id: 1, v: "new"}, {id: 2, v: "new"}]
      by = $this.id
    } as $records
    return {
      value = $records
    }
  }
}
