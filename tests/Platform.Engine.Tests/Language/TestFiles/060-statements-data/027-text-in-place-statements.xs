task text_in_place {
  stack {
    var $message {
      value = "  hello  "
    }
    text.trim $message {
      value = " "
    }
    text.ltrim $message {
      value = "h"
    }
    text.rtrim $message {
      value = "o"
    }
    text.append $message {
      value = " world"
    }
    text.prepend $message {
      value = ">> "
    }
  }
}
