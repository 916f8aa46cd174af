// Catalog example of storage.delete_file.
task example_storage_delete_file {
  stack {
    storage.delete_file {
      pathname = $old_photo.path
    }
  }
}
