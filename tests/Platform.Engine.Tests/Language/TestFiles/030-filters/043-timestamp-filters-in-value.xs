task timestamp_filters {
  stack {
    var $result_value {
      value = [now|format_timestamp:"Y-m-d":"UTC", now|transform_timestamp:"-7 days", "2025-01-01"|to_timestamp:"America/New_York", now|timestamp_year]
    }
  }
}
