task expired {
  stack {
    db.query session {
      where = $db.session.expires_at < now
    } as $rows
  }
}
