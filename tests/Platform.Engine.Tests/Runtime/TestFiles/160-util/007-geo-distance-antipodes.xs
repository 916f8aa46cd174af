// Half the way round the Earth: from (0, 0) to (0, 180) is π times the radius; pole to pole likewise.
task geo_distance_antipodes {
  stack {
    util.geo_distance {
      longitude_2 = 180
    } as $half_equator
    util.geo_distance {
      latitude_1 = 90
      latitude_2 = -90
    } as $pole_to_pole
    return {
      value = [$half_equator, $pole_to_pole]
    }
  }
}
