task query_last_page {
  stack {
    db.query user {
      output = ["id"]
      return = {type: "list", paging: {page: 2, per_page: 3}}
    } as $page
    db.query user {
      output = ["id"]
      return = {type: "list", paging: {page: 5, per_page: 3, totals: true}}
    } as $beyond
    return { value = {page: $page, beyond: $beyond} }
  }
}
