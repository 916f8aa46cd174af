task calls_outside_test {
  stack {
    function.call "maths/add" {
      input = {a: 1, b: 2}
    } as $sum
    task.call nightly_cleanup as $run
  }
}
