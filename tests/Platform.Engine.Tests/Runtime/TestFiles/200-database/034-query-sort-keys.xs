task query_sort {
  stack {
    db.query user {
      sort = {role: "desc", "user.age": "asc"}
      output = ["name", "role", "age"]
    } as $rows
    return { value = $rows }
  }
}
