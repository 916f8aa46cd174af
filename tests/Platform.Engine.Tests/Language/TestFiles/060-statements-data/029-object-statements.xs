task object_statements {
  stack {
    var $settings {
      value = {theme: "dark", lang: "en"}
    }
    object.keys {
      value = $settings
    } as $keys
    object.values {
      value = $settings
    } as $values
    object.entries {
      value = $settings
    } as $entries
  }
}
