// Catalog example of ai.agent.run.
task example_ai_agent_run {
  stack {
    ai.agent.run support_agent {
      args = {question: $input.question}
      allow_tool_execution = true
    } as $answer
  }
}
