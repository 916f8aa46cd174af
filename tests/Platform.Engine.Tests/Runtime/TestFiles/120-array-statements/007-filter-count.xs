task filter_count {
  stack {
    var $orders {
      value = [{id: 1, status: "open", total: 50}, {id: 2, status: "paid", total: 150}, {id: 3, status: "open", total: 300}]
    }
    array.filter ($orders) if ($this.status == "open") as $open
    debug.log {
      value = $open|map:$$.id
    }
    array.filter_count ($orders) if ($this.total > 100) as $large
    debug.log {
      value = $large
    }
    array.filter ($orders) if ($this.total > 1000) as $none
    array.filter_count ([]) if (true) as $zero
    return {
      value = {none: $none, zero: $zero}
    }
  }
}
