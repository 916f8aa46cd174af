task contains {
  stack {
    var $subject { value = "Your Invoice #12" }
    text.contains $subject { value = "Invoice" } as $exact
    text.contains $subject { value = "invoice" } as $wrong_case
    text.icontains $subject { value = "INVOICE" } as $any_case
    text.contains $subject { value = "" } as $empty_needle
    return { value = [$exact, $wrong_case, $any_case, $empty_needle] }
  }
}
