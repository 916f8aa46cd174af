function similar_documents {
  input {
    vector vector
  }

  stack {
    db.query document {
      where = ($db.document.embedding|cosine_similarity:$input.vector) > 0.8
      eval = {score: $db.document.embedding|cosine_similarity:$input.vector}
      sort = {score: "desc"}
    } as $rows
  }

  response = $rows
}
