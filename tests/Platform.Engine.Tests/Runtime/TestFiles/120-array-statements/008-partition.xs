task partition {
  stack {
    var $users {
      value = [{name: "ann", active: true}, {name: "bob", active: false}, {name: "cy", active: 1}]
    }
    array.partition ($users) if ($this.active) as $by_activity
    debug.log {
      value = $by_activity.true|map:$$.name
    }
    array.partition ([]) if ($this) as $empty
    return {
      value = $empty
    }
  }
}
