task tagged_posts {
  stack {
    db.query post {
      where = $db.post.tags contains "featured" && $db.post.tags not contains "draft"
    } as $rows
  }
}
