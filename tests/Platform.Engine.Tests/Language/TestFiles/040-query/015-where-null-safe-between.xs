function optional_range {
  input {
    int low?
    int high?
  }

  stack {
    db.query product {
      where = $db.product.price between? $input.low:$input.high
    } as $rows
  }

  response = $rows
}
