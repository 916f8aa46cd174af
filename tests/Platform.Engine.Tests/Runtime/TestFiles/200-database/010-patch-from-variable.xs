task patch_variable {
  stack {
    var $changes { value = {active: true, age: 26} }
    db.patch user {
      field_name = "email"
      field_value = "bob@example.com"
      data = $changes
      output = ["id", "active", "age"]
    } as $bob
    return { value = $bob }
  }
}
