using System.Text.Json;
using Platform.Cli.Tests.Shared;

namespace Platform.Cli.Tests.Commands;

public sealed class RunCommandTests : IDisposable
{
    private const string Now = "2025-01-15T10:30:00Z";

    private const string Report = """
        task report {
          stack {
            var $total { value = 0 }
            foreach ([2, 3, 5]) {
              each as $n {
                var.update $total { value = $total + $n }
              }
            }
            debug.log { value = "total " ~ $total }
            return { value = {total: $total, at: now} }
          }
        }
        """;

    private const string Failing = """
        task failing {
          stack {
            debug.log { value = "checking" }
            precondition (1 > 2) {
              error_type = "badrequest"
              error = "One is not greater than two"
            }
          }
        }
        """;

    private const string Greeting = """
        function greet {
          input {
            text name
          }
          stack {
            var $message { value = "Hello, " ~ $input.name }
          }
          response = $message
        }
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Run_SucceedingTask_PrintsLogResultAndSummaryAndExitsZero()
    {
        _folder.Write("report.xs", Report);

        var run = CliRun.In(_folder.Root, "run", "report.xs", "--now", Now);

        Assert.Equal("log 9:5: \"total 10\"", run.Out[0]);
        Assert.Equal("result: {\"total\":10,\"at\":2025-01-15T10:30:00.000Z}", run.Out[1]);
        Assert.Matches(@"^succeeded in \d+ ms: 7 statements, 0 database calls, 0 requests$", run.Out[2]);
        Assert.Empty(run.Error);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Run_Json_PrintsOneObjectWithTheDocumentedShape()
    {
        _folder.Write("report.xs", Report);

        var run = CliRun.In(_folder.Root, "run", "report.xs", "--json", $"--now={Now}");

        using var json = JsonDocument.Parse(Assert.Single(run.Out));
        var root = json.RootElement;
        Assert.Equal("succeeded", root.GetProperty("status").GetString());
        Assert.Equal(10, root.GetProperty("result").GetProperty("total").GetInt32());
        Assert.Equal(1736937000000, root.GetProperty("result").GetProperty("at").GetInt64());
        Assert.Equal(["total 10"], root.GetProperty("log").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("error").ValueKind);
        Assert.Equal(7, root.GetProperty("steps").GetInt32());
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Run_FailingTask_PrintsTheErrorWithItsPositionAndExitsOne()
    {
        _folder.Write("failing.xs", Failing);

        var run = CliRun.In(_folder.Root, "run", "failing.xs");

        Assert.Equal("log 3:5: \"checking\"", run.Out[0]);
        Assert.Equal("error 4:5: ERROR_CODE_BAD_REQUEST: One is not greater than two", run.Out[1]);
        Assert.StartsWith("failed in ", run.Out[2], StringComparison.Ordinal);
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void Run_FailingTaskAsJson_GivesTheErrorObject()
    {
        _folder.Write("failing.xs", Failing);

        var run = CliRun.In(_folder.Root, "run", "failing.xs", "--json");

        using var json = JsonDocument.Parse(Assert.Single(run.Out));
        var error = json.RootElement.GetProperty("error");
        Assert.Equal("failed", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("ERROR_CODE_BAD_REQUEST", error.GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, error.GetProperty("name").ValueKind);
        Assert.Equal("One is not greater than two", error.GetProperty("message").GetString());
        Assert.Equal(4, error.GetProperty("line").GetInt32());
        Assert.Equal(5, error.GetProperty("column").GetInt32());
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void Run_ScriptWithErrors_IsNotRunAndExitsTwo()
    {
        _folder.Write("broken.xs", "task broken {\n  stack {\n    debug.log { value = (1 + }\n  }\n}\n");

        var run = CliRun.In(_folder.Root, "run", "broken.xs");

        Assert.Empty(run.Out);
        Assert.StartsWith("broken.xs(3,30): error XS", run.Error[0], StringComparison.Ordinal);
        Assert.Equal("xs: 'broken.xs' has 1 error and was not run.", run.Error[^1]);
        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public void Run_FileWithoutTaskOrFunction_ExitsTwo()
    {
        _folder.Write("table.xs", "table users {\n  schema {\n    int id\n  }\n}\n");

        var run = CliRun.In(_folder.Root, "run", "table.xs");

        Assert.Equal("xs: 'table.xs' holds no task or function; only those can run.", run.Error[0]);
        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public void Run_FunctionWithInputFile_ReturnsItsResponse()
    {
        _folder.Write("greet.xs", Greeting);
        _folder.Write("input.json", """{"name": "Ada"}""");

        var run = CliRun.In(_folder.Root, "run", "greet.xs", "--input", "input.json");

        Assert.Equal("result: \"Hello, Ada\"", run.Out[0]);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Run_WithSeedData_QueriesItAndRecordsTheEmailsItWouldSend()
    {
        _folder.Write("reengage.xs", """
            task reengage {
              stack {
                db.query user {
                  where = $db.user.active == false
                  sort = {id: "asc"}
                } as $inactive
                foreach ($inactive) {
                  each as $user {
                    util.send_email {
                      service_provider = "resend"
                      api_key = "key"
                      from = "team@example.com"
                      to = $user.email
                      subject = "We miss you"
                      message = "Come back, " ~ $user.name
                    }
                  }
                }
                return { value = $inactive|count }
              }
            }
            """);
        _folder.Write("seed.json", """
            {"user": [
              {"name": "Ada", "email": "ada@example.com", "active": false},
              {"name": "Bob", "email": "bob@example.com", "active": true},
              {"name": "Cy", "email": "cy@example.com", "active": false}
            ]}
            """);

        var text = CliRun.In(_folder.Root, "run", "reengage.xs", "--data", "seed.json", "--now", Now);
        var json = CliRun.In(_folder.Root, "run", "reengage.xs", "--data", "seed.json", "--json");

        Assert.Equal(["mail to ada@example.com: We miss you", "mail to cy@example.com: We miss you", "result: 2"], text.Out.Take(3));
        Assert.Matches("1 database calls, 2 requests$", text.Out[3]);
        using var document = JsonDocument.Parse(Assert.Single(json.Out));
        var emails = document.RootElement.GetProperty("emails").EnumerateArray().ToList();
        Assert.Equal(2, emails.Count);
        Assert.Equal("Come back, Cy", emails[1].GetProperty("message").GetString());
        Assert.Equal(["cy@example.com"], emails[1].GetProperty("to").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(0, json.ExitCode);
    }

    // xanoscript.md §4.3: a task runs against its datasource, and $env.$datasource says which. The CLI ran every
    // task on 'live' whatever it declared, so a task on 'test' read and wrote the wrong seed.
    [Fact]
    public void Run_TaskWithADatasource_RunsOnItAndSeedsIt()
    {
        _folder.Write("audit.xs", """
            task audit {
              datasource = "test"
              stack {
                db.query user {
                  return = {type: "count"}
                } as $users
                return { value = $env.$datasource ~ ":" ~ $users }
              }
            }
            """);
        _folder.Write("seed.json", """{"user": [{"name": "Ada"}, {"name": "Bob"}]}""");

        var run = CliRun.In(_folder.Root, "run", "audit.xs", "--data", "seed.json");

        Assert.Equal("result: \"test:2\"", run.Out[0]);
        Assert.Equal(0, run.ExitCode);
    }

    // Tables belong to the workspace; a datasource holds its own records. Switching to one that was not seeded found
    // "no table 'user' in the datasource 'test'" where the platform finds the table empty.
    [Fact]
    public void Run_SwitchingToAnUnseededDatasource_FindsItsTablesEmpty()
    {
        _folder.Write("switch.xs", """
            task switch_datasource {
              stack {
                db.set_datasource { value = "test" }
                db.query user {
                  return = {type: "count"}
                } as $users
                return { value = $users }
              }
            }
            """);
        _folder.Write("seed.json", """{"user": [{"name": "Ada"}]}""");

        var run = CliRun.In(_folder.Root, "run", "switch.xs", "--data", "seed.json");

        Assert.Equal("result: 0", run.Out[0]);
        Assert.Equal(0, run.ExitCode);
    }

    // xanoscript.md §5.4: variables are global to the stack, so one assigned in a branch or loop is read after it
    // (null where that branch did not run). The checker called these reads errors and the script could not run.
    [Fact]
    public void Run_VariablesAssignedInBranchesAndLoops_AreReadAfterThem()
    {
        _folder.Write("scope.xs", """
            task scope {
              stack {
                conditional {
                  if (false) {
                    var $skipped { value = 1 }
                  }
                }
                foreach ([1, 2]) {
                  each as $item {
                    var $last { value = $item * 10 }
                  }
                }
                debug.log { value = $skipped }
                return { value = $item ~ "/" ~ $last }
              }
            }
            """);

        var check = CliRun.In(_folder.Root, "check", "scope.xs");
        var run = CliRun.In(_folder.Root, "run", "scope.xs");

        Assert.Equal(
            ["scope.xs(13,25): warning XS0326: '$skipped' is not assigned on every path that reaches here; where it is not, it reads as null.",
             "scope.xs(14,22): warning XS0326: '$item' is not assigned on every path that reaches here; where it is not, it reads as null.",
             "scope.xs(14,36): warning XS0326: '$last' is not assigned on every path that reaches here; where it is not, it reads as null."],
            check.Out.Take(3));
        Assert.Equal(0, check.ExitCode);
        Assert.Equal(["log 13:5: null", "result: \"2/20\""], run.Out.Take(2));
        Assert.Equal(0, run.ExitCode);
    }

    // An error inside a called function was only placed at the call: nothing said which line of the function failed.
    [Fact]
    public void Run_ErrorInsideCalledFunctions_SaysWhereInsideEachOne()
    {
        _folder.Write("functions/ratio.xs", """
            function ratio {
              input {
                int n
              }
              stack {
                var $r {
                  value = $input.n / 0
                }
              }
              response = $r
            }
            """);
        _folder.Write("functions/report.xs", """
            function report {
              stack {
                function.run ratio {
                  input = {n: 1}
                } as $r
              }
              response = $r
            }
            """);
        _folder.Write("nightly.xs", """
            task nightly {
              stack {
                function.run report as $r
              }
            }
            """);

        var text = CliRun.In(_folder.Root, "run", "nightly.xs", "--functions", "functions");
        var json = CliRun.In(_folder.Root, "run", "nightly.xs", "--functions", "functions", "--json");

        Assert.Equal(
            ["error 3:5: ERROR_FATAL: Division by zero.", "  in function ratio at 6:5", "  in function report at 3:5"],
            text.Out.Take(3));
        using var document = JsonDocument.Parse(Assert.Single(json.Out));
        var frames = document.RootElement.GetProperty("error").GetProperty("functions").EnumerateArray()
            .Select(f => (f.GetProperty("function").GetString(), f.GetProperty("line").GetInt32(), f.GetProperty("column").GetInt32()));
        Assert.Equal([("ratio", 6, 5), ("report", 3, 5)], frames);
        Assert.Equal(1, text.ExitCode);
    }

    [Fact]
    public void Run_WithFunctionsFolder_CallsThem()
    {
        _folder.Write("functions/greet.xs", Greeting);
        _folder.Write("welcome.xs", """
            task welcome {
              stack {
                function.run greet {
                  input = {name: "Ada"}
                } as $message
                return { value = $message }
              }
            }
            """);

        var run = CliRun.In(_folder.Root, "run", "welcome.xs", "--functions", "functions");

        Assert.Equal("result: \"Hello, Ada\"", run.Out[0]);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Run_WithABrokenFunction_ExitsTwoNamingItsFile()
    {
        _folder.Write("functions/broken.xs", "function broken {\n  stack {\n    var $x { value = }\n  }\n}\n");
        _folder.Write("report.xs", Report);

        var run = CliRun.In(_folder.Root, "run", "report.xs", "--functions", "functions");

        Assert.Empty(run.Out);
        Assert.StartsWith("functions/broken.xs(3,", run.Error[0], StringComparison.Ordinal);
        Assert.Equal("xs: the functions of --functions have problems; 'report.xs' was not run.", run.Error[^1]);
        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public void Run_ScriptWithAStatementThisServerDoesNotRun_IsRefusedBeforeRunning()
    {
        _folder.Write("cache.xs", "task cache {\n  stack {\n    redis.get {\n      key = \"a\"\n    } as $value\n  }\n}\n");

        var run = CliRun.In(_folder.Root, "run", "cache.xs");

        Assert.Empty(run.Out);
        Assert.Contains("not supported by this server", run.Error[0], StringComparison.Ordinal);
        Assert.Equal(2, run.ExitCode);
    }

    [Theory]
    [InlineData("--now", "yesterday", "xs: --now needs an ISO 8601 instant such as 2025-01-15T10:30:00Z, not 'yesterday'.")]
    [InlineData("--data", "missing.json", "xs: --data: file not found: 'missing.json'.")]
    [InlineData("--data", "list.json", "xs: --data: the file must hold an object of tables, each a list of records: {\"users\": [{\"name\": \"Ada\"}]}.")]
    [InlineData("--data", "broken.json", "xs: --data: 'broken.json'(2,11) is not valid JSON: '}' is invalid after a property name. Expected a ':'.")]
    [InlineData("--input", "list.json", "xs: --input: the file must hold a JSON object of input values.")]
    public void Run_BadOption_ExitsTwoNamingTheOption(string option, string value, string message)
    {
        _folder.Write("report.xs", Report);
        _folder.Write("list.json", "[1, 2]");
        _folder.Write("broken.json", "{\n  \"users\" }");

        var run = CliRun.In(_folder.Root, "run", "report.xs", option, value);

        Assert.Empty(run.Out);
        Assert.Equal(message, run.Error[0]);
        Assert.Equal(2, run.ExitCode);
    }

    [Theory]
    [InlineData(new[] { "run" }, "xs: no files or folders given.")]
    [InlineData(new[] { "run", "a.xs", "b.xs" }, "xs: give exactly one script to run.")]
    [InlineData(new[] { "run", "nowhere.xs" }, "xs: file not found: 'nowhere.xs'.")]
    [InlineData(new[] { "run", "report.xs", "--now" }, "xs: the option '--now' needs a value.")]
    [InlineData(new[] { "run", "report.xs", "--fast" }, "xs: unknown option '--fast'.")]
    public void Run_WrongCommandLine_ExitsTwo(string[] args, string message)
    {
        _folder.Write("report.xs", Report);

        var run = CliRun.In(_folder.Root, args);

        Assert.Equal(message, run.Error[0]);
        Assert.StartsWith("Usage: xs run <file>", run.Error[1], StringComparison.Ordinal);
        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public void Run_Help_PrintsTheRunUsage()
    {
        var run = CliRun.In(_folder.Root, "run", "--help");

        Assert.Equal("Usage: xs run <file> [--data seed.json] [--input input.json] [--functions <folder>] [--now <instant>] [--json]", run.Out[0]);
        Assert.Equal(0, run.ExitCode);
    }
}
