task title_search {
  stack {
    db.query post {
      where = $db.post.title includes "launch" || $db.post.title not includes "beta"
    } as $rows
  }
}
