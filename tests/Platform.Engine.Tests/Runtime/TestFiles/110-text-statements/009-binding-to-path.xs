task binding_to_path {
  stack {
    var $checks { value = {} }
    var $name { value = "Ada" }
    text.istarts_with $name { value = "a" } as $checks.initial
    text.append $checks.label { value = $name }
    text.append $checks.label { value = "!" }
    return { value = $checks }
  }
}
