// Catalog example of storage.create_file_resource.
task example_storage_create_file_resource {
  stack {
    storage.create_file_resource {
      filename = "export.csv"
      filedata = $csv_text
    } as $export_file
  }
}
