task ends_with {
  stack {
    var $file { value = "Report.PDF" }
    text.ends_with $file { value = ".pdf" } as $exact
    text.iends_with $file { value = ".pdf" } as $any_case
    text.iends_with $file { value = ".docx" } as $other
    return { value = [$exact, $any_case, $other] }
  }
}
