task login {
  description = "A bcrypt hash made by PHP's password_hash (the PHP manual's example) verifies here."
  stack {
    var $stored { value = "$2y$10$.vGA1O9wmRjrwAVXD98HNOgsNpDczlqm3Jq7KnEd1rVAGv3Fykk1a" }
    security.check_password {
      text_password = "rasmuslerdorf"
      hash_password = $stored
    } as $right
    security.check_password {
      text_password = "rasmus"
      hash_password = $stored
    } as $wrong
    security.check_password {
      text_password = "rasmuslerdorf"
      hash_password = "rasmuslerdorf"
    } as $plain
    security.check_password {
      text_password = ""
      hash_password = ""
    } as $empty
    debug.log { value = $right }
    debug.log { value = $wrong }
    debug.log { value = $plain }
    return { value = $empty }
  }
}
