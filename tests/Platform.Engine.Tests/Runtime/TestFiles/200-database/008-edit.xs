task edit {
  stack {
    db.edit user {
      field_value = 2
      data = {role: "admin", id: 50, nickname: "bobby"}
    } as $bob
    return { value = $bob }
  }
}
