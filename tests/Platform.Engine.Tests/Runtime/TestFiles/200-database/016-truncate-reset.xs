task truncate_reset {
  stack {
    db.truncate user {
      reset = true
    }
    db.add user { data = {name: "Fay"} } as $fay
    return { value = $fay.id }
  }
}
