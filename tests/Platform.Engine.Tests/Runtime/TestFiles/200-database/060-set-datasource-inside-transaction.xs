task datasource_in_transaction {
  stack {
    db.add item { data = {where: "live"} } as $live
    db.transaction {
      stack {
        db.set_datasource { value = "staging" }
        db.add item { data = {where: "staging, in the transaction"} } as $inside
      }
    }
    db.add item { data = {where: "staging, after it"} } as $after
    db.query item { output = ["id", "where"] } as $staging
    return { value = {datasource: $env.$datasource, staging: $staging} }
  }
}
