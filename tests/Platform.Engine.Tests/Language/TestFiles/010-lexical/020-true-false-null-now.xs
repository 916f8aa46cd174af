task word_literals {
  stack {
    var $flags {
      value = {enabled: true, deleted: false, parent: null, seen_at: now}
    }
  }
}
