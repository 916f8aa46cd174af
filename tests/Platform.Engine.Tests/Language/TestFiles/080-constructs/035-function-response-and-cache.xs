function get_rates {
  stack {
    var $rates {
      value = {usd: 1.1}
    }
  }

  response = $rates
  cache = {ttl: 3600, input: true, auth: false, datasource: true}
}
