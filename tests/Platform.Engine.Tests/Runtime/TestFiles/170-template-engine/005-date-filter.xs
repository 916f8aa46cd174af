// |date formats epoch milliseconds (a timestamp such as now) with PHP date letters; the default format is
// "F j, Y H:i"; a time zone may be given. The run's clock is 2025-01-15 10:30:00 UTC.
task template_date {
  stack {
    var $created {
      value = now
    }
    util.template_engine {
      value = "{{ $var.created|date }} | {{ $var.created|date('c') }} | {{ $var.created|date('l jS F Y h:i A (e, P)', 'America/New_York') }} | {{ '2024-02-29 08:05:09'|date('D d/m/y G:i:s') }}"
    } as $text
    return {
      value = $text
    }
  }
}
