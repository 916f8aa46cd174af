task identifiers {
  stack {
    var $_tmp_2 {
      value = {field_1: 1, _private: 2}
    }
  }
}
