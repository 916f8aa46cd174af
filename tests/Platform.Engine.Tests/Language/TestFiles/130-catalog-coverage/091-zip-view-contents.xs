// Catalog example of zip.view_contents.
task example_zip_view_contents {
  stack {
    zip.view_contents {
      zip = $input.archive
    } as $entries
  }
}
