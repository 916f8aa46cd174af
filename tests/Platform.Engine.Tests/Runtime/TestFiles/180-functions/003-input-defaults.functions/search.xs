function search {
  input {
    text query
    int page?=1
    text sort?=asc
    bool archived?=false
    timestamp since?=now
    decimal ratio?=0.5
    text? note?
  }
  stack {
  }
  response = $input
}
