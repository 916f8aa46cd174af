task find_without_parens {
  stack {
    var $users {
      value = []
    }
    array.find $users if ($this.id == 1) as $match
  }
}
