task query_null {
  stack {
    db.query user { where = $db.user.age == null, output = ["name"] } as $no_age
    db.query user { where = $db.user.age != null, output = ["name"] } as $with_age
    db.query user { where = $db.user.meta, output = ["name"] } as $truthy_meta
    return { value = {no_age: $no_age, with_age: $with_age, truthy_meta: $truthy_meta} }
  }
}
