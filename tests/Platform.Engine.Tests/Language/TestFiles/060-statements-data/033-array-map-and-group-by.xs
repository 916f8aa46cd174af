task array_map_group {
  stack {
    var $orders {
      value = [{id: 1, status: "open"}, {id: 2, status: "paid"}]
    }
    array.map ($orders) {
      by = $this.id
    } as $ids
    array.group_by ($orders) {
      by = $this.status
    } as $by_status
  }
}
