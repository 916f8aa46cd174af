task query_strict {
  stack {
    db.query user { where = $db.user.age === 36, output = ["name"] } as $strict
    db.query user { where = $db.user.age == "36", output = ["name"] } as $loose
    db.query user { where = $db.user.age === "36", output = ["name"] } as $text
    db.query user { where = $db.user.age !== 36, output = ["name"] } as $strict_not
    return { value = {strict: $strict, loose: $loose, text: $text, strict_not: $strict_not} }
  }
}
