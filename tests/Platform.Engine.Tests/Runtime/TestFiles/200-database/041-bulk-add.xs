task bulk_add {
  stack {
    db.bulk.add tag {
      items = [{label: "red"}, {label: "green", id: 10}]
    } as $created
    db.bulk.add tag {
      items = [{label: "blue", id: 20}]
      allow_id_field = true
    } as $kept
    db.add tag { data = {label: "after"} } as $after
    return { value = {created: $created, kept: $kept, after: $after.id} }
  }
}
