task bulk_products {
  stack {
    db.bulk.add product {
      items = [{name: "A", price: 1}, {name: "B", price: 2}]
      allow_id_field = false
    } as $created
    db.bulk.update product {
      items = $created
    } as $updated
    db.bulk.patch product {
      items = [{id: 1, price: 10}]
    } as $patched
  }
}
