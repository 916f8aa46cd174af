task distance_km {
  stack {
    util.geo_distance {
      latitude_1 = 40.7128
      longitude_1 = -74.006
      latitude_2 = 51.5074
      longitude_2 = -0.1278
    } as $km
  }
}
