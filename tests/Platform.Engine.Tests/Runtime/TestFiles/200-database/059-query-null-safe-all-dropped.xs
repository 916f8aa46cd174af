task all_dropped {
  stack {
    var $search { value = null }
    db.query user {
      where = ($db.user.name ==? $search || $db.user.email includes? $search) && !($db.user.role ==? $search)
      return = {type: "count"}
    } as $count
    return { value = $count }
  }
}
