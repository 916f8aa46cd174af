// Catalog example of storage.read_file_resource.
task example_storage_read_file_resource {
  stack {
    storage.read_file_resource {
      value = $input.upload
    } as $upload_data
  }
}
