task schedule_followup {
  description = "Next Monday 09:00 in New York, or tomorrow 09:00 when tomorrow is a weekday."
  stack {
    var $zone { value = "America/New_York" }
    var $tomorrow { value = now|transform_timestamp:"tomorrow 09:00":$zone }
    var $dow { value = $tomorrow|timestamp_day_of_week:$zone }
    conditional {
      if ($dow == 0 || $dow == 6) {
        var $followup { value = now|transform_timestamp:"next monday 09:00":$zone }
      }
      else {
        var $followup { value = $tomorrow }
      }
    }
    debug.log { value = $dow }
    debug.log { value = $followup|format_timestamp:"l Y-m-d H:i T":$zone }
    var $friday { value = "2025-01-17 15:00"|to_timestamp:$zone }
    var $after_friday { value = $friday|transform_timestamp:"next monday 09:00":$zone }
    debug.log { value = $after_friday|format_timestamp:"l Y-m-d H:i T":$zone }
    return { value = $followup }
  }
}
