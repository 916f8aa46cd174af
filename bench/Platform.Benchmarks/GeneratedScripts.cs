using System.Globalization;
using System.Text;

namespace Platform.Benchmarks;

/// <summary>Realistic task scripts of a given length: queries, conditionals, loops, filters and comments.</summary>
public static class GeneratedScripts
{
    public static string Task(int lines)
    {
        var builder = new StringBuilder("// Generated for benchmarks\ntask generated_report {\n  description = \"Generated\"\n  stack {\n");
        var written = 4;
        for (var i = 0; written < lines - 4; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $$$"""
                    db.query orders {
                      where = $db.orders.created_at >= (now|transform_timestamp:"-7 days") && $db.orders.status ==? $status_{{{i}}}
                      sort = {created_at: "desc"}
                      return = {type: "list", paging: {page: 1, per_page: 25}}
                    } as $orders_{{{i}}}

                    var $status_{{{i + 1}}} {
                      value = ($orders_{{{i}}}|count) > 10 ? "busy" : "quiet"
                    }

                    // Sum the totals of large orders
                    conditional {
                      if (($orders_{{{i}}}|count) > 0) {
                        var $total_{{{i}}} {
                          value = $orders_{{{i}}}|map:$$.total|sum|round:2
                        }
                      }
                      else {
                        debug.log {
                          value = "no orders in " ~ $status_{{{i + 1}}}
                        }
                      }
                    }

                    foreach ($orders_{{{i}}}) {
                      each as $order {
                        db.edit orders {
                          field_value = $order.id
                          data = {reviewed: true, note: $order.note|trim|to_lower}
                        } as $edited_{{{i}}}
                      }
                    }

                """);
            written += 33;
        }
        builder.Insert(builder.ToString().IndexOf("  stack {\n", StringComparison.Ordinal) + 10, "    var $status_0 {\n      value = \"start\"\n    }\n");
        builder.Append("  }\n\n  schedule = [{starts_on: 2025-10-01 06:00:00+0000, freq: 86400}]\n}\n");
        return builder.ToString();
    }
}
