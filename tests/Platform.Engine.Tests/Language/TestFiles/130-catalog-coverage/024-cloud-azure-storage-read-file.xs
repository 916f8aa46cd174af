// Catalog example of cloud.azure.storage.read_file.
task example_cloud_azure_storage_read_file {
  stack {
    cloud.azure.storage.read_file {
      account_name = "acmestorage"
      account_key = $env.AZURE_STORAGE_KEY
      container_name = "reports"
      filePath = "reports/2025-05.csv"
    } as $file
  }
}
