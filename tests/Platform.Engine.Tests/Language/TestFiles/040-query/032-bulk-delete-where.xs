task purge_sessions {
  stack {
    db.bulk.delete session {
      where = $db.session.expires_at < now
    } as $deleted
  }
}
