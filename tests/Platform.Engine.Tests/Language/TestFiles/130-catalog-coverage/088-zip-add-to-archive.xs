// Catalog example of zip.add_to_archive.
task example_zip_add_to_archive {
  stack {
    zip.add_to_archive {
      file = $export_file
      filename = "data/export.csv"
      zip = $archive
    }
  }
}
