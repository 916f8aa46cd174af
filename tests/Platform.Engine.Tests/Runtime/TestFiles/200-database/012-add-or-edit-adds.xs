task upsert_adds {
  stack {
    db.add_or_edit setting {
      field_name = "key"
      field_value = "theme"
      data = {value: "dark"}
    } as $setting
    db.add_or_edit setting {
      field_name = "key"
      field_value = "theme"
      data = {value: "light"}
    } as $again
    return { value = [$setting, $again] }
  }
}
