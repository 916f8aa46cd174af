task inputs {
  stack {
    debug.log { value = $input }
    debug.log { value = $env.API_KEY }
    debug.log { value = $env.MISSING }
    debug.log { value = $env.$datasource }
    return { value = $env.REGION }
  }
}
