task array_in_place {
  stack {
    var $queue {
      value = [2]
    }
    array.push $queue {
      value = 3
    }
    array.unshift $queue {
      value = 1
    }
    array.merge $queue {
      value = [4, 5]
    }
    array.pop $queue as $last
    array.shift $queue as $first
  }
}
