// Catalog example of cloud.google.storage.sign_url.
task example_cloud_google_storage_sign_url {
  stack {
    cloud.google.storage.sign_url {
      service_account = $env.GCS_SERVICE_ACCOUNT
      bucket = "acme-reports"
      filePath = "reports/2025-05.csv"
      ttl = 600
    } as $download_url
  }
}
