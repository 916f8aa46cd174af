task set_datasource {
  stack {
    db.add item { data = {where: "live"} } as $live
    db.set_datasource { value = "test" }
    debug.log { value = $env.$datasource }
    db.add item { data = {where: "test"} } as $test
    db.query item { output = ["id", "where"] } as $in_test
    db.set_datasource { value = "live" }
    db.query item { output = ["id", "where"] } as $in_live
    return { value = {test: $in_test, live: $in_live} }
  }
}
