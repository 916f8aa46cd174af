task blank_lines {
  stack {
    var $a {
      description = "first"
      value = 1
    }

    var $b {
      value = 2
    }


    var $c {
      value = $a + $b
    }
  }
}
