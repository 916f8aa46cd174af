// Catalog example of cloud.google.storage.upload_file.
task example_cloud_google_storage_upload_file {
  stack {
    cloud.google.storage.upload_file {
      service_account = $env.GCS_SERVICE_ACCOUNT
      bucket = "acme-reports"
      filePath = "reports/2025-05.csv"
      file = $report_file
    } as $upload
  }
}
