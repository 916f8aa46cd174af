function argument_swallows_comparison {
  input {
    vector vector
  }

  stack {
    db.query document {
      where = $db.document.embedding|cosine_similarity:$input.vector > 0.8
    } as $rows
  }

  response = $rows
}
