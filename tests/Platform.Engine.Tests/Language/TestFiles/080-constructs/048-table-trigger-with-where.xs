table_trigger audit_user_changes {
  active = true
  table = "user"
  stack {
    db.add audit_log {
      data = {event: "user changed", created_at: now}
    } as $entry
  }

  actions = {insert: true, update: true, delete: false, truncate: false}
  where = $db.user.role == "admin"
}
