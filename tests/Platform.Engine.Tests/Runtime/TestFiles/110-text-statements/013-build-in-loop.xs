task build_in_loop {
  stack {
    var $csv { value = "" }
    foreach (["id", "name", "email"]) {
      each as $column {
        text.append $csv { value = $column ~ "," }
      }
    }
    text.rtrim $csv { value = "," }
    text.prepend $csv { value = "# " }
    return { value = $csv }
  }
}
