run.job "Nightly import" {
  main = {name: "import_feed", input: {feed: "daily"}}
}
