function "users/create_profile" {
  input {
    int age
    decimal score
    text name
    bool active
    email contact
    password secret
    uuid external_id
    timestamp seen_at
    date birthday
    json metadata
    vector embedding
    file avatar
    image photo
    video clip
    audio voice
    attachment contract
    geo_point location
    geo_polygon area
  }

  stack {
    var $summary {
      value = $input.name ~ " (" ~ $input.age ~ ")"
    }
  }

  response = $summary
}
