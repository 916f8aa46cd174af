task missing {
  stack {
    var $user { value = {name: "Ada", tags: ["a", "b"]} }
    debug.log { value = $user.email }
    debug.log { value = $user.tags[5] }
    debug.log { value = $user.address.city }
    debug.log { value = $nothing_here }
    return { value = $user.tags[1] }
  }
}
