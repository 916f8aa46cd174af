// util.geo_distance: the great-circle (haversine) distance in metres on a sphere of the Earth's mean radius,
// 6,371,008.8 m. New York to London is about 5,570 km.
task geo_distance {
  stack {
    util.geo_distance {
      latitude_1 = 40.7128
      longitude_1 = -74.006
      latitude_2 = 51.5074
      longitude_2 = -0.1278
    } as $metres
    debug.log {
      value = $metres
    }
    return {
      value = $metres > 5570000 && $metres < 5571000
    }
  }
}
