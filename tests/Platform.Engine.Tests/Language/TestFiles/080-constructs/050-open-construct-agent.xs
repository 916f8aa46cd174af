agent support_bot {
  description = "Answers support questions"
  llm = {type: "openai", model: "gpt-4o"}
  tools = [{name: "lookup_order"}]
}
