// Catalog example of cloud.azure.storage.sign_url.
task example_cloud_azure_storage_sign_url {
  stack {
    cloud.azure.storage.sign_url {
      account_name = "acmestorage"
      account_key = $env.AZURE_STORAGE_KEY
      container_name = "reports"
      filePath = "reports/2025-05.csv"
      ttl = 600
    } as $download_url
  }
}
