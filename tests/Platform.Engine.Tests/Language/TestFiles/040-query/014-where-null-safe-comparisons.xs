function optional_filters {
  input {
    text category?
    int min_score?
    text[] tags?
  }

  stack {
    db.query post {
      where = $db.post.category ==? $input.category && $db.post.score >=? $input.min_score && $db.post.tags in? $input.tags
    } as $rows
  }

  response = $rows
}
