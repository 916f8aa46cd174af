task truncate_staging {
  stack {
    db.truncate import_staging {
      reset = true
    }
  }
}
