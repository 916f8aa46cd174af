task values_first {
  stack {
    var $min { value = 20 }
    var $roles { value = ["user", "guest"] }
    db.query user {
      where = $db.user.age > $min + 10 && $db.user.role in $roles
      output = ["name"]
    } as $rows
    return { value = $rows }
  }
}
