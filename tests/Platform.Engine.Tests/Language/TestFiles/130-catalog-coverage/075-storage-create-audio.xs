// Catalog example of storage.create_audio.
task example_storage_create_audio {
  stack {
    storage.create_audio {
      value = $input.recording
    } as $recording
  }
}
