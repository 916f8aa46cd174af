task elseifs {
  stack {
    var $grade { value = 72 }
    conditional {
      if ($grade >= 90) {
        var $letter { value = "A" }
      }
      elseif ($grade >= 80) {
        var $letter { value = "B" }
      }
      elseif ($grade >= 70) {
        var $letter { value = "C" }
      }
      elseif ($grade >= 60) {
        var $letter { value = "D" }
      }
      else {
        var $letter { value = "F" }
      }
    }
    return { value = $letter }
  }
}
