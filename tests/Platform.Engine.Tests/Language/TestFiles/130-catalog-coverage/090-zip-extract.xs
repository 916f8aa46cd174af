// Catalog example of zip.extract.
task example_zip_extract {
  stack {
    zip.extract {
      zip = $input.archive
    } as $extracted_files
  }
}
