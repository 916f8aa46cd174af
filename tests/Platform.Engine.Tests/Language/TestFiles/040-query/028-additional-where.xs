task scoped_query {
  stack {
    db.query post {
      where = $db.post.published
      additional_where = $db.post.author_id == $auth.id
    } as $rows
  }
}
