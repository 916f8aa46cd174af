task trailing_word {
  stack {
  }
}
done
