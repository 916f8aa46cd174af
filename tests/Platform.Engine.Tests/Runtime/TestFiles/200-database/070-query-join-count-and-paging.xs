task join_count_and_paging {
  stack {
    db.query user {
      join = {acc: {table: "account", where: $db.acc.id == $db.user.account_id}}
      return = {type: "count"}
    } as $count
    db.query user {
      join = {acc: {table: "account", where: $db.acc.id == $db.user.account_id}}
      where = $db.acc.title == "Acme"
      return = {type: "exists"}
    } as $acme
    db.query user {
      join = {acc: {table: "account", where: $db.acc.id == $db.user.account_id}}
      sort = {id: "asc"}
      eval = {title: $db.acc.title}
      output = ["name", "title"]
      return = {type: "list", paging: {page: 2, per_page: 2, totals: true}}
    } as $page
    db.query user {
      join = {acc: {table: "account", where: $db.acc.id == $db.user.account_id}}
      return = {type: "list", paging: {page: 5, per_page: 2, totals: true}}
    } as $past_the_end
    return { value = {count: $count, acme: $acme, page: $page, past_the_end: $past_the_end} }
  }
}
