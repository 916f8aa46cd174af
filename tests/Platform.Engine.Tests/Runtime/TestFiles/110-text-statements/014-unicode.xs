task unicode {
  stack {
    var $word { value = "ÉTÉ été" }
    text.icontains $word { value = "été ÉTÉ" } as $folded
    text.istarts_with $word { value = "été" } as $starts
    text.trim $word { value = "ÉT" }
    return { value = [$folded, $starts, $word] }
  }
}
