// Catalog example of ai.external.mcp.tool.run.
task example_ai_external_mcp_tool_run {
  stack {
    ai.external.mcp.tool.run {
      url = "https://mcp.example.com/sse"
      bearer_token = $env.MCP_TOKEN
      tool = "search_documents"
      args = {query: $input.q}
    } as $tool_result
  }
}
