task text_tests {
  stack {
    var $subject {
      value = "Invoice #42"
    }
    text.contains $subject {
      value = "#"
    } as $has_hash
    text.icontains $subject {
      value = "INVOICE"
    } as $is_invoice
    text.starts_with $subject {
      value = "Inv"
    } as $starts
    text.istarts_with $subject {
      value = "inv"
    } as $istarts
    text.ends_with $subject {
      value = "42"
    } as $ends
    text.iends_with $subject {
      value = "42"
    } as $iends
  }
}
