// Coordinates given as numeric text are numbers (as everywhere in XanoScript): one degree of latitude is ~111 km.
task geo_distance_numeric_text {
  stack {
    var $from {
      value = {lat: "10", lng: "0"}
    }
    util.geo_distance {
      latitude_1 = $from.lat
      longitude_1 = $from.lng
      latitude_2 = $from.lat + 1
    } as $one_degree
    return {
      value = $one_degree
    }
  }
}
