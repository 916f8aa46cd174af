task query_null_safe {
  stack {
    var $filter { value = {role: null, min_age: 30, tags: null} }
    db.query user {
      where = $db.user.role ==? $filter.role && $db.user.age >=? $filter.min_age && $db.user.tags contains? $filter.tags
      output = ["name"]
    } as $rows
    db.query user {
      where = $db.user.role ==? "admin" || $db.user.name ==? null
      output = ["name"]
    } as $or_dropped
    return { value = {rows: $rows, or_dropped: $or_dropped} }
  }
}
