task numbers_as_text {
  stack {
    var $phone { value = 5551234 }
    text.starts_with $phone { value = 555 } as $local
    text.contains $phone { value = 12.3 } as $decimal_needle
    text.rtrim $phone { value = "4" }
    return { value = [$local, $decimal_needle, $phone] }
  }
}
