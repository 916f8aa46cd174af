task strict {
  stack {
    debug.log { value = "5" === 5 }
    debug.log { value = 5 === 5 }
    debug.log { value = 1.0 === 1 }
    debug.log { value = null === null }
    debug.log { value = [1] !== [1] }
    return { value = "a" !== "b" }
  }
}
