task query_overlaps {
  stack {
    db.query user { where = $db.user.tags overlaps ["c", "z"], output = ["name"] } as $overlaps
    db.query user { where = $db.user.tags not overlaps ["a", "c"], output = ["name"] } as $apart
    return { value = {overlaps: $overlaps, apart: $apart} }
  }
}
