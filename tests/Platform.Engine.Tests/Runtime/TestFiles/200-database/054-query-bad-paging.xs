task bad_paging {
  stack {
    db.query user {
      return = {type: "list", paging: {page: 0}}
    } as $rows
  }
}
