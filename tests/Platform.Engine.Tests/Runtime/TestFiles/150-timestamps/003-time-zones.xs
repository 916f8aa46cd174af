task zones {
  description = "One instant in several zones; local text read in a zone."
  stack {
    var $meeting { value = "2025-06-02 09:00:00"|to_timestamp:"America/Los_Angeles" }
    debug.log { value = $meeting }
    var $zones { value = ["UTC", "America/Los_Angeles", "America/New_York", "Europe/London", "Europe/Berlin", "Asia/Tokyo", "Australia/Sydney", "+05:30", "-03:00"] }
    foreach ($zones) {
      each as $zone {
        debug.log { value = $zone ~ ": " ~ ($meeting|format_timestamp:"Y-m-d H:i T (P)":$zone) }
      }
    }
    debug.log { value = $meeting|timestamp_hour:"Asia/Tokyo" }
    debug.log { value = $meeting|timestamp_day_of_week:"Australia/Sydney" }
    return { value = "2025-06-02 09:00:00"|to_timestamp:"Mars/Olympus" }
  }
}
