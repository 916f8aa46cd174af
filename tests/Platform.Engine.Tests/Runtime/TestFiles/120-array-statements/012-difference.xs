task difference {
  stack {
    array.difference ([1, 2, 3, 4]) {
      value = [2, 4]
    } as $pending
    debug.log {
      value = $pending
    }
    array.difference ([{id: 1}, {id: 2}, {id: 3}]) {
      value = [{id: 2, extra: true}]
      by = $this.id
    } as $without_two
    return {
      value = $without_two
    }
  }
}
