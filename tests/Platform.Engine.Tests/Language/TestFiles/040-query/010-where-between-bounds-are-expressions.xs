function between_expressions {
  input {
    int min
    int max
  }

  stack {
    db.query product {
      where = $db.product.price between $input.min * 100:$input.max * 100
    } as $rows
  }

  response = $rows
}
