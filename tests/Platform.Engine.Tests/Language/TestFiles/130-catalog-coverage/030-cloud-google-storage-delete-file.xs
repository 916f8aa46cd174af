// Catalog example of cloud.google.storage.delete_file.
task example_cloud_google_storage_delete_file {
  stack {
    cloud.google.storage.delete_file {
      service_account = $env.GCS_SERVICE_ACCOUNT
      bucket = "acme-reports"
      filePath = "reports/2025-05.csv"
    } as $deleted
  }
}
