task find {
  stack {
    var $users {
      value = [{id: 1, email: "a@x.io"}, {id: 2, email: "b@x.io"}, {id: 3, email: "b@x.io"}]
    }
    array.find ($users) if ($this.email == "b@x.io") as $match
    debug.log {
      value = $match
    }
    array.find ($users) if ($this.id > 10) as $none
    debug.log {
      value = $none
    }
    array.find ([]) if (true) as $empty
    return {
      value = $empty
    }
  }
}
