task month_end {
  description = "timestamp_add_months clamps to the month's end; PHP's '+1 month' overflows; 'last day of' is the way to the end of a month."
  stack {
    var $jan31 { value = "2025-01-31 08:00"|to_timestamp }
    debug.log { value = $jan31|timestamp_add_months|format_timestamp:"Y-m-d H:i" }
    debug.log { value = $jan31|transform_timestamp:"+1 month"|format_timestamp:"Y-m-d H:i" }
    debug.log { value = $jan31|transform_timestamp:"last day of next month"|format_timestamp:"Y-m-d H:i" }
    debug.log { value = $jan31|timestamp_add_months:13|format_timestamp:"Y-m-d" }
    debug.log { value = "2024-02-29"|timestamp_add_years|format_timestamp:"Y-m-d" }
    debug.log { value = "2024-02-29"|transform_timestamp:"+1 year"|format_timestamp:"Y-m-d" }
    for (3) {
      each as $i {
        debug.log { value = $jan31|timestamp_add_months:$i|format_timestamp:"M j" }
      }
    }
    return { value = "2025-03-31"|timestamp_subtract_months|format_timestamp:"Y-m-d" }
  }
}
