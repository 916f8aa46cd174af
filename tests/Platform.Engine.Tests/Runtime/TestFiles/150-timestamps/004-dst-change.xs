task dst {
  description = "New York springs forward on 2025-03-09 and falls back on 2025-11-02: days keep the wall clock, hours are elapsed time."
  stack {
    var $saturday { value = "2025-03-08 12:00"|to_timestamp:"America/New_York" }
    debug.log { value = $saturday|transform_timestamp:"+1 day":"America/New_York"|format_timestamp:"Y-m-d H:i T":"America/New_York" }
    debug.log { value = $saturday|transform_timestamp:"+24 hours":"America/New_York"|format_timestamp:"Y-m-d H:i T":"America/New_York" }
    debug.log { value = $saturday|timestamp_add_days:1|format_timestamp:"Y-m-d H:i T":"America/New_York" }
    debug.log { value = "2025-03-09 02:30"|to_timestamp:"America/New_York"|format_timestamp:"Y-m-d H:i T":"America/New_York" }
    debug.log { value = "2025-11-02 01:30"|to_timestamp:"America/New_York"|format_timestamp:"Y-m-d H:i T U":"America/New_York" }
    debug.log { value = "2025-11-02 01:30"|to_timestamp:"America/New_York"|add_secs_to_timestamp:3600|format_timestamp:"Y-m-d H:i T U":"America/New_York" }
    debug.log { value = "2025-11-02 00:00"|to_timestamp:"America/New_York"|transform_timestamp:"tomorrow":"America/New_York"|to_hours }
    return { value = ("2025-11-03 00:00"|to_timestamp:"America/New_York"|to_hours) - ("2025-11-02 00:00"|to_timestamp:"America/New_York"|to_hours) }
  }
}
