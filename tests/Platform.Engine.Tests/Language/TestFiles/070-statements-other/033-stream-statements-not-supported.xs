task csv_stream {
  stack {
    stream.from_csv {
      value = "a,b\n1,2"
      separator = ","
    } as $rows
    foreach ($rows) {
      each as $row {
        debug.log {
          value = $row
        }
      }
    }
  }
}
