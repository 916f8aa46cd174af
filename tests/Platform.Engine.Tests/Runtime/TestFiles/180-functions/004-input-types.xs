// Given values are converted to the declared type: numeric text to numbers, "true" to a boolean, numbers to text,
// date-time text to a timestamp (epoch ms) and a date (YYYY-MM-DD); json takes anything as it is.
task input_types {
  stack {
    function.run typed {
      input = {
        count: "42"
        price: "19.90"
        active: "true"
        label: 7
        starts: "2025-01-01 08:00:00"
        day: "2025-03-04T23:30:00Z"
        contact: "ada@example.com"
        id: "c3f2a7e0-8a2b-4d3c-9a51-1f0e2d3c4b5a"
        status: "published"
        anything: [1, {two: 2}]
      }
    } as $typed
    return {
      value = $typed
    }
  }
}
