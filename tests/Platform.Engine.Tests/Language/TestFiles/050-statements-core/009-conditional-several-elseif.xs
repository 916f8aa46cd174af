task several_elseif {
  stack {
    var $code {
      value = 404
    }
    conditional {
      if ($code < 300) {
        var $kind {
          value = "ok"
        }
      }
      elseif ($code < 400) {
        var $kind {
          value = "redirect"
        }
      }
      elseif ($code < 500) {
        var $kind {
          value = "client"
        }
      }
      else {
        var $kind {
          value = "server"
        }
      }
    }
  }
}
