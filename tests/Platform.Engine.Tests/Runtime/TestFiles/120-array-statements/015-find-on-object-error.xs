task find_error {
  stack {
    var $user {
      value = {id: 1}
    }
    array.find ($user) if ($this == 1) as $found
    return {
      value = $found
    }
  }
}
