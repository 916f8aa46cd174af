task nightly_cleanup {
  description = "Delete expired sessions"
  active = true
  datasource = "live"
  stack {
    db.bulk.delete session {
      where = $db.session.expires_at < now
    } as $deleted
  }

  schedule = [{starts_on: 2025-10-01 06:00:00+0000, freq: 86400}]
  tags = ["maintenance", "sessions"]
  history = "inherit"
  docs = """
    Runs every night at 06:00 UTC.
    """
  middleware = {pre: [{name: "audit", active: true, required: false}], post: []}
}
