function ship {
  input {
    object address {
      schema {
        text street filters=trim
        text city
        text? zip?
        object geo? {
          schema {
            decimal lat
            decimal lng
          }
        }
      }
    }
    int[1:3] box_ids
  }
  stack {
  }
  response = $input
}
