// Every coordinate defaults to 0, so no attributes at all measure from (0, 0) to (0, 0). The same point twice is 0.
task geo_distance_defaults {
  stack {
    util.geo_distance as $nothing
    util.geo_distance {
      latitude_1 = 48.8566
      longitude_1 = 2.3522
      latitude_2 = 48.8566
      longitude_2 = 2.3522
    } as $same
    return {
      value = [$nothing, $same]
    }
  }
}
