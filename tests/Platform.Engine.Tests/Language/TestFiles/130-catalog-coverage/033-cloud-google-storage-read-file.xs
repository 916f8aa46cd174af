// Catalog example of cloud.google.storage.read_file.
task example_cloud_google_storage_read_file {
  stack {
    cloud.google.storage.read_file {
      service_account = $env.GCS_SERVICE_ACCOUNT
      bucket = "acme-reports"
      filePath = "reports/2025-05.csv"
    } as $file
  }
}
