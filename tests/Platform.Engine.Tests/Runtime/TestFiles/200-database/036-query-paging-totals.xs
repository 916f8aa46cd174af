task query_paging {
  stack {
    db.query user {
      sort = {id: "asc"}
      output = ["id"]
      return = {type: "list", paging: {page: 2, per_page: 1, totals: true}}
    } as $page
    return { value = $page }
  }
}
