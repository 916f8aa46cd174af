function pick_label {
  input {
    bool premium
  }

  stack {
    conditional {
      if ($input.premium) {
        var $label {
          value = "premium"
        }
      }
    }
  }

  response = $label
}
