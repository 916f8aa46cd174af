function nested_input {
  input {
    object address {
      schema {
        text street
        text city
        text? zip
        object geo? {
          schema {
            decimal lat
            decimal lng
          }
        }
      }
    }
  }

  stack {
    debug.log {
      value = $input.address.city
    }
  }
}
