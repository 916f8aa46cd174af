function fetch_rate {
  stack {
    api.request {
      url = "https://api.example.com/rate"
      mock = {"uses the mock": {response: {result: 1.5}}}
    } as $rate

    return {
      value = $rate.response.result
    }
  }

  test "uses the mock" {
    expect.to_equal ($response) {
      value = 1.5
    }
  }
}
