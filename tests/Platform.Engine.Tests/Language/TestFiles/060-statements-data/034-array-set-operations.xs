task array_sets {
  stack {
    var $tags {
      value = ["a", "b"]
    }
    array.union ($tags) {
      value = ["b", "c"]
    } as $all_tags
    array.difference ($tags) {
      value = ["a"]
    } as $rest
    array.intersection ($tags) {
      value = ["b"]
      by = $this
    } as $common
  }
}
