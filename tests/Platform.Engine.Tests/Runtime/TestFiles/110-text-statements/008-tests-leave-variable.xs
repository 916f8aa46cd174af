task tests_leave_variable {
  stack {
    var $email { value = "ada@example.com" }
    text.ends_with $email { value = "@example.com" } as $is_staff
    text.contains $email { value = "@" }
    return { value = {email: $email, is_staff: $is_staff} }
  }
}
