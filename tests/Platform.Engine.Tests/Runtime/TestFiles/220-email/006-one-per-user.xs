task one_per_user {
  stack {
    db.query user {
      where = $db.user.active == true
      sort = {email: "asc"}
    } as $users
    foreach ($users) {
      each as $user {
        util.send_email {
          service_provider = "resend"
          api_key = "abc123"
          from = "admin@myapp.com"
          to = $user.email
          subject = "Hi " ~ $user.name
          message = "Your plan: " ~ $user.plan
          reply_to = ""
          scheduled_at = ""
        } as $sent
        db.edit user {
          field_value = $user.id
          data = {emailed_at: now}
        } as $updated
      }
    }
  }
}
