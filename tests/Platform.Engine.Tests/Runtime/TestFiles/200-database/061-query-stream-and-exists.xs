task stream_and_exists {
  stack {
    db.query user {
      where = $db.user.role == "user"
      return = {type: "stream"}
      output = ["name"]
    } as $stream
    var $last { value = null }
    foreach ($stream) {
      each as $row {
        var $last { value = $row.name }
      }
    }
    db.query user { where = $db.user.role == "admin", return = {type: "exists"} } as $exists
    return { value = {stream: $stream, last: $last, exists: $exists} }
  }
}
