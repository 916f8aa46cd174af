task override_sort {
  stack {
    var $order { value = [{sortBy: "age", orderBy: "desc"}] }
    db.query user {
      sort = {name: "asc"}
      override_sort = $order
      output = ["name", "age"]
    } as $rows
    return { value = $rows }
  }
}
