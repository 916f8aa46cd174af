function typed {
  input {
    int count
    decimal price
    bool active
    text label
    timestamp starts
    date day
    email contact
    uuid id
    enum status {
      values = ["draft", "published"]
    }
    json anything
  }
  stack {
  }
  response = $input
}
