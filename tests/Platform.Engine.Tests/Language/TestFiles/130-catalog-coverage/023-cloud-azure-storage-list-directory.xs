// Catalog example of cloud.azure.storage.list_directory.
task example_cloud_azure_storage_list_directory {
  stack {
    cloud.azure.storage.list_directory {
      account_name = "acmestorage"
      account_key = $env.AZURE_STORAGE_KEY
      container_name = "reports"
      path = "reports/"
    } as $files
  }
}
