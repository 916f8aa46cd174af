task transfer {
  stack {
    db.transaction {
      stack {
        db.edit account {
          field_value = 1
          data = {balance: 90}
        } as $debited
        db.edit account {
          field_value = 2
          data = {balance: 110}
        } as $credited
      }
    }
  }
}
