function dynamic_sort {
  input {
    json sort?
  }

  stack {
    db.query post {
      where = $db.post.published
      override_sort = $input.sort
    } as $rows
  }

  response = $rows
}
