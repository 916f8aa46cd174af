// Catalog example of storage.sign_private_url.
task example_storage_sign_private_url {
  stack {
    storage.sign_private_url {
      pathname = $contract_file.path
      ttl = 300
    } as $download_url
  }
}
