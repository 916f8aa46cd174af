task env_variables {
  stack {
    var $settings {
      value = {
        api_key   : $env.STRIPE_KEY
        ip        : $env.$remote_ip
        datasource: $env.$datasource
        branch    : $env.$branch
      }
    }
  }
}
