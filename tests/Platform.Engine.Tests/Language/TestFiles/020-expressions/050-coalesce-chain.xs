task coalesce_chain {
  stack {
    var $nickname {
      value = null
    }
    var $name {
      value = null
    }
    var $result_value {
      value = $nickname ?? $name ?? "anonymous"
    }
  }
}
