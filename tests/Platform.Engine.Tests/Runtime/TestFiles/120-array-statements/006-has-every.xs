task has_every {
  stack {
    var $items {
      value = [{qty: 2, done: true}, {qty: 12, done: true}]
    }
    array.has ($items) if ($this.qty > 10) as $has_bulk
    array.has ($items) if ($this.qty > 100) as $has_huge
    array.every ($items) if ($this.done) as $all_done
    array.every ($items) if ($this.qty < 10) as $all_small
    array.has ([]) if (true) as $has_in_empty
    array.every ([]) if (false) as $every_in_empty
    return {
      value = [$has_bulk, $has_huge, $all_done, $all_small, $has_in_empty, $every_in_empty]
    }
  }
}
