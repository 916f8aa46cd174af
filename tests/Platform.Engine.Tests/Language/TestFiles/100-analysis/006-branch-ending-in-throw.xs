function throw_ends_path {
  input {
    int id
  }

  stack {
    conditional {
      if ($input.id > 0) {
        var $user {
          value = {id: $input.id}
        }
      }
      else {
        throw {
          name = "NotFound"
          value = "missing id"
        }
      }
    }
    debug.log {
      value = $user
    }
  }
}
