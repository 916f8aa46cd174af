task run_lambda {
  stack {
    api.lambda {
      code = """
        return 1 + 1;
        """
      timeout = 5
    } as $sum
  }
}
