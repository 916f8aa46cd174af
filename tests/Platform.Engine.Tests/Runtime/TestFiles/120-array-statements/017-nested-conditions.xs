task nested {
  stack {
    var $groups {
      value = [{name: "a", scores: [1, 2]}, {name: "b", scores: [1, 5]}, {name: "c", scores: []}]
    }
    array.filter ($groups) if ($this.scores|some:$$ > 2) as $high
    array.map ($groups) {
      by = $this.name ~ "=" ~ ($this.scores|reduce:$result + $$:0)
    } as $sums
    return {
      value = {high: $high|map:$$.name, sums: $sums}
    }
  }
}
