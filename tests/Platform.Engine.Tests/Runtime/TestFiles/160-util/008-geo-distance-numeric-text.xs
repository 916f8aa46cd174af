// Coordinates given as numeric text are numbers (as everywhere in XanoScript): one degree of latitude is ~111 km.
task geo_distance_numeric_text {
  stack {
    util.geo_distance {
      latitude_1 = "10"
      latitude_2 = "11"
    } as $one_degree
    return {
      value = $one_degree
    }
  }
}
