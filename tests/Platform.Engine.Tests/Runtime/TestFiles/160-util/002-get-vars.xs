// util.get_vars yields every stack variable of the current frame as one object, keyed without the $; loop
// variables are ordinary variables and count too. $input, $env and $auth are not stack variables.
task get_vars {
  stack {
    var $name {
      value = "Ada"
    }
    var $scores {
      value = [1, 2]
    }
    foreach ($scores) {
      each as $score {
        var $last_seen {
          value = $score
        }
      }
    }
    util.get_vars as $all
    return {
      value = $all
    }
  }
}
