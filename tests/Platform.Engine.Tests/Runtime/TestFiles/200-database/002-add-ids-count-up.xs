task ids_count_up {
  stack {
    db.add note { data = {text: "one"} } as $a
    db.add note { data = {text: "two"} } as $b
    db.add other { data = {text: "first of its table"} } as $c
    return { value = [$a.id, $b.id, $c.id] }
  }
}
