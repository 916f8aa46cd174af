// Catalog example of cloud.google.storage.list_directory.
task example_cloud_google_storage_list_directory {
  stack {
    cloud.google.storage.list_directory {
      service_account = $env.GCS_SERVICE_ACCOUNT
      bucket = "acme-reports"
      path = "reports/"
    } as $files
  }
}
