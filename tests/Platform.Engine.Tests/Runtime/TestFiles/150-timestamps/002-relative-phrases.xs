task phrases {
  description = "PHP strtotime phrases against the run's clock (Wednesday 2025-01-15 10:30 UTC)."
  stack {
    var $phrases {
      value = ["now", "-7 days", "+1 week 2 days", "24 hours ago", "tomorrow", "yesterday 14:00", "midnight", "noon", "first day of next month", "last day of this month", "next monday", "last friday", "first monday of january 2026", "last day of february 2028"]
    }
    foreach ($phrases) {
      each as $phrase {
        debug.log { value = $phrase ~ " => " ~ ($phrase|to_timestamp|format_timestamp:"D Y-m-d H:i") }
      }
    }
    return { value = "+2 weeks"|to_timestamp }
  }
}
