function described_inputs {
  input {
    text api_key {
      description = "Key of the caller"
      sensitive = true
    }
    int owner_id {
      table = "user"
    }
  }

  stack {
    debug.log {
      value = $input
    }
  }
}
