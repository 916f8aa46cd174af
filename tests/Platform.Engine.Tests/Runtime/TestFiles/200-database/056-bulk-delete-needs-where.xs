task bulk_delete_all {
  stack {
    db.bulk.delete user as $deleted
  }
}
