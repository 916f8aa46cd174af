task paths {
  stack {
    var $config { value = {} }
    var.update $config.db.host { value = "localhost" }
    var.update $config.db.port { value = 5432 }
    var.update $config.list { value = [1, 2, 3] }
    var.update $config.list[1] { value = 20 }
    return { value = $config }
  }
}
