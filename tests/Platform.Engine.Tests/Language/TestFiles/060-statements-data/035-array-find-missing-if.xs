task find_without_if {
  stack {
    var $users {
      value = []
    }
    array.find ($users) as $match
  }
}
