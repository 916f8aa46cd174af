// A latitude beyond ±90 or a longitude beyond ±180 is an error that names the attribute; so is text that is not a number.
task geo_distance_out_of_range {
  stack {
    var $direction {
      value = "east"
    }
    try_catch {
      try {
        util.geo_distance {
          longitude_1 = $direction
        } as $never
      }
      catch {
        debug.log {
          value = $error.message
        }
      }
    }
    util.geo_distance {
      latitude_1 = 91
    } as $never
  }
}
