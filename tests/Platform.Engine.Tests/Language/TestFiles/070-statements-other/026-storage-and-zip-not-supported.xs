task storage_zip {
  stack {
    storage.create_image {
      value = "https://example.com/a.png"
      access = "public"
    } as $photo
    zip.create_archive {
      filename = "export.zip"
    } as $archive
  }
}
