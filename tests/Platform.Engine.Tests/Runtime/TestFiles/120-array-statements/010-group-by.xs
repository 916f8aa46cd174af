task group_by {
  stack {
    var $orders {
      value = [{id: 1, status: "open"}, {id: 2, status: "paid"}, {id: 3, status: "open"}, {id: 4}]
    }
    array.group_by ($orders) {
      by = $this.status
    } as $by_status
    debug.log {
      value = $by_status|keys
    }
    return {
      value = $by_status
    }
  }
}
