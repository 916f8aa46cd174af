// Catalog example of storage.create_attachment.
task example_storage_create_attachment {
  stack {
    storage.create_attachment {
      value = $input.contract
      access = "private"
      filename = "contract.pdf"
    } as $contract_file
  }
}
