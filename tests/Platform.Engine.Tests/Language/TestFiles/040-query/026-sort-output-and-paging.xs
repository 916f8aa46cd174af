task latest_posts {
  stack {
    db.query post {
      where = $db.post.published == true
      sort = {post.published_at: "desc", title: "asc"}
      output = ["id", "title", "published_at"]
      return = {type: "list", paging: {page: 1, per_page: 25, totals: true, metadata: true}}
    } as $rows
  }
}
