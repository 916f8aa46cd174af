task nested_literals {
  stack {
    var $result_value {
      value = {
      user : {name: "Ada", roles: ["admin", "dev"]}
      pages: [
        {title: "Home", order: 1}
        {title: "About", order: 2}
      ]
    }
    }
  }
}
