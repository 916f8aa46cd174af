task full_text {
  stack {
    db.query post {
      where = $db.post.body search "quantum computing"
    } as $rows
  }
}
