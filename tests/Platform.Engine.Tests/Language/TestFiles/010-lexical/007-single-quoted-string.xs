task single_quotes {
  stack {
    var $note {
      value = 'it\'s a \\ backslash and \n stays literal'
    }
  }
}
