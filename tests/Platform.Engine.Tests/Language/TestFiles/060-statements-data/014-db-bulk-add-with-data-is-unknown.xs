task bulk_add_data {
  stack {
    db.bulk.add product {
      data = [{name: "A"}]
    } as $created
  }
}
