task literal {
  stack {
    var $at { value = !timestamp "2025-02-01 12:00:00+0100" }
    debug.log { value = $at }
    debug.log { value = $at|json_encode }
    debug.log { value = {created_at: $at}|json_encode|json_decode }
    debug.log { value = $at|timestamp_year ~ "-" ~ $at|timestamp_week }
    debug.log { value = $at|timestamp_day_of_year }
    return { value = $at|transform_timestamp:"-1 month"|format_timestamp:"Y-m-d H:i:s P":"+01:00" }
  }
}
