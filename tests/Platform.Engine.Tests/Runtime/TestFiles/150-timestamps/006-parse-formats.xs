task parse {
  stack {
    debug.log { value = "15/01/2025"|parse_timestamp:"!d/m/Y" }
    debug.log { value = "15/01/2025"|parse_timestamp:"d/m/Y" }
    debug.log { value = "Jan 20, 2025 2:05 pm"|parse_timestamp:"M d, Y g:i a":"Europe/Paris" }
    debug.log { value = "20250120T101500Z"|parse_timestamp:"Ymd\\THis\\Z|" }
    debug.log { value = "1736937000"|parse_timestamp:"U" }
    debug.log { value = "2025-01-20 10:00 +09:00"|parse_timestamp:"Y-m-d H:i P" }
    try_catch {
      try {
        var $bad { value = "2025/01/20"|parse_timestamp:"Y-m-d" }
      }
      catch {
        debug.log { value = $error.message }
      }
    }
    return { value = "31.12.1999 23:59"|parse_timestamp:"d.m.Y H:i"|format_timestamp:"c" }
  }
}
