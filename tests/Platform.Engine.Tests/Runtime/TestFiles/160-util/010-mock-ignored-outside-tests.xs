// mock = {"test name": value} only replaces a statement's value inside that unit test. A task run is not a test,
// so every statement here runs for real, even though a test of that name exists.
task mock_ignored {
  stack {
    util.get_env {
      mock = {"uses mocks": {API_KEY: "mocked"}}
    } as $environment
    util.geo_distance {
      latitude_2 = 1
      mock = {"uses mocks": 42}
    } as $metres
    util.template_engine {
      value = "real {{ $var.environment.API_KEY }}"
      mock = {"uses mocks": "mocked text"}
    } as $text
    return {
      value = {key: $environment.API_KEY, metres: $metres, text: $text}
    }
  }
  test "uses mocks" {
    expect.to_equal ($response.key) {
      value = "mocked"
    }
  }
}
