namespace Platform.Cli.Tests.Shared;

/// <summary>The scripts the tests write: canonical, with an error, with only a warning, unformatted, unparsable.</summary>
public static class Scripts
{
    /// <summary>No diagnostics, and already in the canonical format.</summary>
    public const string Good = """
        task send_report {
          stack {
            var $total {
              value = 1 + 2
            }
            debug.log {
              value = $total
            }
          }

          schedule = [{starts_on: 2025-10-01 06:00:00+0000, freq: 86400}]
        }

        """;

    /// <summary>XS0303 at 4,15: $y is read before it is assigned.</summary>
    public const string WithError = """
        task broken_total {
          stack {
            var $x {
              value = $y
            }
          }
        }

        """;

    public const string WithErrorLine = "(4,15): error XS0303: '$y' is used before any value is assigned to it.";

    /// <summary>Only XS0306 (a warning) at 4,15: tasks have no $input.</summary>
    public const string WithWarning = """
        task reads_input {
          stack {
            var $x {
              value = $input.a
            }
          }
        }

        """;

    public const string WithWarningLine = "(4,15): warning XS0306: Tasks have no input, so '$input' is always empty here.";

    /// <summary>Valid, but indented and spaced badly.</summary>
    public const string Unformatted = "task   messy {\n  stack {\n  var $a {\n  value = 1\n  }\n  }\n}\n";

    public const string UnformattedCanonical = "task messy {\n  stack {\n    var $a {\n      value = 1\n    }\n  }\n}\n";

    /// <summary>Syntax errors: the formatter must not touch it.</summary>
    public const string SyntaxError = "task cut_short {\n  stack {\n    var $a {\n      value = \n";

    public static readonly string[] SyntaxErrorLines =
    [
        "(4,15): error XS0101: Expected a value or expression but found a line break.",
        "(5,1): error XS0100: Expected '}' but found the end of the script.",
    ];
}
