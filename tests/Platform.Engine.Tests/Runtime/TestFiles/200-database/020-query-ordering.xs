task query_ordering {
  stack {
    db.query user { where = $db.user.age > 30, output = ["name"] } as $over
    db.query user { where = $db.user.age < 30, output = ["name"] } as $under
    db.query user { where = $db.user.age >= 36, output = ["name"] } as $from
    db.query user { where = $db.user.age <= 36, output = ["name"] } as $upto
    db.query user { where = $db.user.created_at > 1735800000000, output = ["name"] } as $recent
    return { value = {over: $over, under: $under, from: $from, upto: $upto, recent: $recent} }
  }
}
