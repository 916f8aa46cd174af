task pop_shift {
  stack {
    var $queue {
      value = ["first", "middle", "last"]
    }
    array.pop $queue as $last
    array.shift $queue as $first
    debug.log {
      value = {last: $last, first: $first, left: $queue}
    }
    array.pop $queue as $only
    array.pop $queue as $nothing
    array.shift $queue as $still_nothing
    return {
      value = {only: $only, nothing: $nothing, still_nothing: $still_nothing, queue: $queue}
    }
  }
}
