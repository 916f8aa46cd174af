task entries {
  stack {
    object.entries {
      value = {theme: "dark", size: 12}
    } as $pairs
    debug.log {
      value = $pairs
    }
    foreach ($pairs) {
      each as $pair {
        debug.log {
          value = $pair.key ~ "=" ~ $pair.value
        }
      }
    }
  }
}
