task keys {
  stack {
    var $user {
      value = {id: 1, name: "ann", email: "a@x.io"}
    }
    object.keys {
      value = $user
    } as $fields
    debug.log {
      value = $fields
    }
    object.keys {
      value = {}
    } as $none
    return {
      value = $none
    }
  }
}
