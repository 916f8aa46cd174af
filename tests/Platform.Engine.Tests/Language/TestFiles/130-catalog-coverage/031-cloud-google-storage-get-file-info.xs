// Catalog example of cloud.google.storage.get_file_info.
task example_cloud_google_storage_get_file_info {
  stack {
    cloud.google.storage.get_file_info {
      service_account = $env.GCS_SERVICE_ACCOUNT
      bucket = "acme-reports"
      filePath = "reports/2025-05.csv"
    } as $file_info
  }
}
