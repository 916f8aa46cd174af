task queue_loop {
  stack {
    var $queue {
      value = [3, 1, 2]
    }
    var $done {
      value = []
    }
    while (($queue|count) > 0) {
      each {
        array.shift $queue as $job
        array.push $done {
          value = $job * 10
        }
      }
    }
    return {
      value = {queue: $queue, done: $done}
    }
  }
}
