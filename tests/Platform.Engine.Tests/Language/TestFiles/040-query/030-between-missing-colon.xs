task between_no_colon {
  stack {
    db.query product {
      where = $db.product.price between 10 100
    } as $rows
  }
}
