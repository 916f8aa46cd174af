task query_paging_plain {
  stack {
    db.query user {
      output = ["id"]
      return = {type: "list", paging: {page: 1, per_page: 2, offset: 1, metadata: false}}
    } as $rows
    db.query user {
      output = ["id"]
      return = {type: "list", paging: {page: 1, per_page: 2, offset: 1, totals: true}}
    } as $paged
    return { value = {rows: $rows, paged: $paged} }
  }
}
