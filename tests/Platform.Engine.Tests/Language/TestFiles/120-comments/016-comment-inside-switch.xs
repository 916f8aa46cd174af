task switch_comments {
  stack {
    switch (1) {
      // the only case
      case (1) {
        debug.log {
          value = "one"
        }
      } break
      // fallback
      default {
        debug.log {
          value = "other"
        }
      }
    }
  }
}
