function sample_values {
  stack {
    return {
      value = {count: 3, name: "Ada", tags: ["new"], created_at: now}
    }
  }

  test "expectations" {
    input = {}
    expect.to_be_true ($response.count > 0)
    expect.to_not_be_null ($response.name)
    expect.to_be_within ($response.count) {
      min = 1
      max = 5
    }
    expect.to_contain ($response.tags) {
      value = "new"
    }
    expect.to_start_with ($response.name) {
      value = "A"
    }
    expect.to_match ($response.name) {
      value = "/^[A-Z]/"
    }
    expect.to_be_in_the_past ($response.created_at)
    expect.to_throw {
      exception = "InputError"
      stack {
        function.call sample_values as $again
      }
    }
  }
}
