task typos {
  stack {
    db.qurey user {
    } as $users
    var $n {
      value = $users|cout
    }
    db.fetch user {
    } as $nothing_close
  }
}
