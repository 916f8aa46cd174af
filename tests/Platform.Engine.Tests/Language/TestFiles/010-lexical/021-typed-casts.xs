task typed_casts {
  stack {
    var $typed {
      value = {
        count    : !int "42"
        ratio    : !decimal "1.5"
        active   : !bool "true"
        label    : !text "x"
        items    : !array "[1,2]"
        settings : !object "{}"
        at       : !timestamp "2025-01-01T00:00:00Z"
        computed : !expr "1 + 2"
      }
    }
  }
}
