task epochs {
  stack {
    var $t { value = "2025-01-15T10:30:45.678Z" }
    debug.log { value = $t|to_ms }
    debug.log { value = $t|to_seconds }
    debug.log { value = $t|to_minutes }
    debug.log { value = $t|to_hours }
    debug.log { value = $t|to_days }
    debug.log { value = $t|to_timestamp|timestamp_epoch_sec }
    debug.log { value = $t|to_timestamp|timestamp_epoch_day }
    debug.log { value = 0|format_timestamp:"Y-m-d H:i:s" }
    debug.log { value = -1|format_timestamp:"Y-m-d H:i:s.v" }
    return { value = ($t|to_timestamp|add_ms_to_timestamp:322) }
  }
}
