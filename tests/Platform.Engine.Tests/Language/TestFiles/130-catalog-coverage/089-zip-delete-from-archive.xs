// Catalog example of zip.delete_from_archive.
task example_zip_delete_from_archive {
  stack {
    zip.delete_from_archive {
      filename = "data/old.csv"
      zip = $archive
    }
  }
}
