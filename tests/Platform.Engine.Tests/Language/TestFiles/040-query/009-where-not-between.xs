task outliers {
  stack {
    db.query product {
      where = $db.product.price not between 10:100
    } as $rows
  }
}
