task data_not_object {
  stack {
    var $data { value = [1, 2] }
    db.patch user {
      field_value = 1
      data = $data
    } as $user
  }
}
