task upsert_setting {
  stack {
    db.add_or_edit setting {
      field_name = "key"
      field_value = "theme"
      data = {key: "theme", value: "dark"}
    } as $setting
  }
}
