// Catalog example of ai.external.mcp.server_details.
task example_ai_external_mcp_server_details {
  stack {
    ai.external.mcp.server_details {
      url = "https://mcp.example.com/sse"
    } as $server_info
  }
}
