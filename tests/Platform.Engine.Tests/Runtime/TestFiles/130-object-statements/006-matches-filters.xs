task matches_filters {
  stack {
    var $settings {
      value = {a: 1, b: [2], c: {d: 3}}
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
    return {
      value = [$keys == ($settings|keys), $values == ($settings|values), $entries == ($settings|entries), $entries|create_object_from_entries]
    }
  }
}
