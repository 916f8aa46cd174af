// Catalog example of cloud.azure.storage.upload_file.
task example_cloud_azure_storage_upload_file {
  stack {
    cloud.azure.storage.upload_file {
      account_name = "acmestorage"
      account_key = $env.AZURE_STORAGE_KEY
      container_name = "reports"
      filePath = "reports/2025-05.csv"
      file = $report_file
    } as $upload
  }
}
