function bare_default {
  input {
    text sort?=asc
  }

  stack {
    debug.log {
      value = $input.sort
    }
  }
}
