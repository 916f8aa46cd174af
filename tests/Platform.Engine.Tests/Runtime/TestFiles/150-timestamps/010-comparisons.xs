task windows {
  description = "Timestamps compare as numbers; is a deadline within the next 7 days?"
  stack {
    var $deadline { value = "2025-01-20 17:00"|to_timestamp:"Europe/Berlin" }
    var $window_end { value = "+7 days"|to_timestamp }
    debug.log { value = $deadline > now }
    debug.log { value = $deadline < $window_end }
    debug.log { value = ($deadline - now) / 3600000 }
    debug.log { value = $deadline|format_timestamp:"D H:i":"Europe/Berlin" }
    var $start_of_week { value = now|transform_timestamp:"monday this week" }
    debug.log { value = $start_of_week }
    var $start_of_month { value = now|transform_timestamp:"first day of this month midnight" }
    debug.log { value = $start_of_month }
    return { value = $start_of_month < $start_of_week && $start_of_week <= now }
  }
}
