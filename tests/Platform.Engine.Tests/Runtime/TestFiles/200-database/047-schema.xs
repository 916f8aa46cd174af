task schema {
  stack {
    db.schema user as $fields
    db.schema user { path = "tags" } as $tags
    return { value = {fields: $fields, tags: $tags} }
  }
}
