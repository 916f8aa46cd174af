// Catalog example of ai.external.mcp.tool.list.
task example_ai_external_mcp_tool_list {
  stack {
    ai.external.mcp.tool.list {
      url = "https://mcp.example.com/sse"
      bearer_token = $env.MCP_TOKEN
    } as $tools
  }
}
