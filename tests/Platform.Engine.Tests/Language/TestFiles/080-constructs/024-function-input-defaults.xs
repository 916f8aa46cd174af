function input_defaults {
  input {
    text greeting="hello"
    int page?=1
    bool archived?=false
    timestamp since?=now
  }

  stack {
    debug.log {
      value = $input
    }
  }
}
