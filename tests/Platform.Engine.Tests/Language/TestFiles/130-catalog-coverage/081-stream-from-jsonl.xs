// Catalog example of stream.from_jsonl.
task example_stream_from_jsonl {
  stack {
    stream.from_jsonl {
      value = $input.file
    } as $records
  }
}
