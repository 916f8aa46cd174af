task patch_order {
  stack {
    var $changes {
      value = {status: "shipped"}
    }
    db.patch order {
      field_value = 7
      data = $changes
    } as $order
  }
}
