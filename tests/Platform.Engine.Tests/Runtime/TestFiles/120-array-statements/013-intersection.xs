task intersection {
  stack {
    var $users {
      value = [{id: 1, name: "ann"}, {id: 2, name: "bob"}, {id: 3, name: "cy"}]
    }
    var $admins {
      value = [{id: 3}, {id: 1}, {id: 9}]
    }
    array.intersection ($users) {
      value = $admins
      by = $this.id
    } as $admin_users
    debug.log {
      value = $admin_users|map:$$.name
    }
    array.intersection ([1, 2, 3]) {
      value = []
    } as $none
    return {
      value = $none
    }
  }
}
