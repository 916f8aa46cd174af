task shared_tags {
  stack {
    db.query post {
      where = $db.post.tags overlaps ["news", "tech"] && $db.post.tags not overlaps ["spam"]
    } as $rows
  }
}
