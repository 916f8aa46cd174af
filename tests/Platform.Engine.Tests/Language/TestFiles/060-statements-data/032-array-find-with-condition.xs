task array_matching {
  stack {
    var $users {
      value = [{id: 1, age: 20}, {id: 2, age: 40}]
    }
    array.find ($users) if ($this.age > 30) as $older
    array.find_index ($users) if ($this.id == 2) as $position
    array.has ($users) if ($this.age > 1) as $any_adult
    array.every ($users) if ($this.age > 18) as $all_adults
    array.filter ($users) if ($this.age < 30) as $young
    array.filter_count ($users) if ($this.age < 30) as $young_count
    array.partition ($users) if ($this.age < 30) as $by_age
  }
}
