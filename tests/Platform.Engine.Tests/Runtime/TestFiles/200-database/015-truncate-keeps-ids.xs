task truncate {
  stack {
    db.truncate user
    db.add user { data = {name: "Fay"} } as $fay
    return { value = $fay.id }
  }
}
