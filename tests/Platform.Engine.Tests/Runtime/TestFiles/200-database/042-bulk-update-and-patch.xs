task bulk_update {
  stack {
    db.bulk.update user {
      items = [{id: 1, role: "owner"}, {id: 3, age: 19}, {id: 99, role: "ghost"}]
    } as $updated
    db.bulk.patch user {
      items = [{id: 2, active: true}]
    } as $patched
    return { value = [$updated, $patched] }
  }
}
