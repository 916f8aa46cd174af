function current_owner {
  stack {
    var $owner_id {
      value = $auth.id
    }
  }

  response = $owner_id
}
