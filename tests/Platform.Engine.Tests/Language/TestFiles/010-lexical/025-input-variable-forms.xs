function input_forms {
  input {
    text first_name
    text "last name"
  }

  stack {
    var $full_name {
      value = $input.first_name ~ " " ~ $input["last name"]
    }
  }

  response = $full_name
}
