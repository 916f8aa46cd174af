// Catalog example of storage.create_video.
task example_storage_create_video {
  stack {
    storage.create_video {
      value = $input.clip
    } as $clip
  }
}
