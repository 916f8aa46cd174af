function return_ends_path {
  input {
    int id
  }

  stack {
    conditional {
      if ($input.id == 0) {
        return {
          value = null
        }
      }
      else {
        var $user {
          value = {id: $input.id}
        }
      }
    }
    debug.log {
      value = $user
    }
  }

  response = $user
}
