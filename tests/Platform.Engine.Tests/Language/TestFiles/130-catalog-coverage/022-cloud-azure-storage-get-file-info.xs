// Catalog example of cloud.azure.storage.get_file_info.
task example_cloud_azure_storage_get_file_info {
  stack {
    cloud.azure.storage.get_file_info {
      account_name = "acmestorage"
      account_key = $env.AZURE_STORAGE_KEY
      container_name = "reports"
      filePath = "reports/2025-05.csv"
    } as $file_info
  }
}
