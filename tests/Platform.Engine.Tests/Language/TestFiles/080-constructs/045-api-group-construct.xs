api_group "account" {
  description = "Account endpoints"
  active = true
  canonical = "aB3dE5fG"
  swagger = {active: true, token: "docs-token"}
  cors = {mode: "default"}
}
