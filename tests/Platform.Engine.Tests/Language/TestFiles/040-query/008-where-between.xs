task mid_priced {
  stack {
    db.query product {
      where = $db.product.price between 10:100
    } as $rows
  }
}
