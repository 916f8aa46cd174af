task switch_when {
  stack {
    switch (1) {
      when (1) {
        debug.log {
          value = 1
        }
      }
    }
  }
}
