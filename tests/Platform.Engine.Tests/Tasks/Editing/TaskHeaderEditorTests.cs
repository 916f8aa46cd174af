using Platform.Engine.Language;
using Platform.Engine.Language.Syntax;
using Platform.Engine.Scheduling;
using Platform.Engine.Tasks.Editing;

namespace Platform.Engine.Tests.Tasks.Editing;

/// <summary>Form values written into a script: only the clauses that changed, everything else byte for byte.</summary>
public sealed class TaskHeaderEditorTests
{
    private const string Body = """
          stack {
            // gather the day's sales
            var $total {
              value = 1   // odd spacing stays
            }
          }
        """;

    private static readonly string Script = $$"""
        // Sends the daily report.
        task daily_report {
          // shown in the task list
          description = "Daily sales"
          datasource = "test"

        {{Body}}

          // every morning
          schedule = [
            // the first event
            {starts_on: 2026-01-01 09:00:00+0000, freq: 86400} // daily
          ]

          tags = ["reports", "finance"]
        }
        // after the task

        """;

    private static readonly ScheduleEvent Daily = new(Utc(2026, 1, 1, 9), TimeSpan.FromDays(1), null);

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    private static TaskHeaderValues Read(string script)
    {
        var reading = TaskHeaderReader.Read(script);
        Assert.True(reading.Succeeded, reading.Problem);
        return reading.Values!;
    }

    private static string Apply(string script, Func<TaskHeaderValues, TaskHeaderValues> change)
    {
        var edit = TaskHeaderEditor.Apply(script, change(Read(script)));
        Assert.True(edit.Succeeded, string.Join("; ", edit.Problems.Select(p => $"{p.Field}: {p.Message}")));
        Assert.False(XanoScriptParser.Parse(edit.Script!).HasErrors, edit.Script);
        return edit.Script!;
    }

    [Fact]
    public void Read_TheHeader_GivesTheFormValues()
    {
        var values = Read(Script);

        Assert.Equal("Daily sales", values.Description);
        Assert.True(values.IsActive);
        Assert.Equal("test", values.Datasource);
        Assert.Equal(["reports", "finance"], values.Tags);
        Assert.Equal([Daily], values.Schedule);
        Assert.Null(values.History);
    }

    [Fact]
    public void Apply_NothingChanged_LeavesTheScriptAsItIs()
    {
        var edit = TaskHeaderEditor.Apply(Script, Read(Script));

        Assert.Equal(Script, edit.Script);
        Assert.Empty(edit.Changes);
    }

    [Fact]
    public void ReplaceDescription_RewritesThatLineOnly()
    {
        var result = Apply(Script, v => v with { Description = "Daily \"sales\" report" });

        Assert.Equal(Script.Replace("description = \"Daily sales\"", "description = \"Daily \\\"sales\\\" report\""), result);
    }

    [Fact]
    public void ReplaceFrequency_RewritesTheScheduleAndKeepsItsComments()
    {
        var result = Apply(Script, v => v with { Schedule = [Daily with { Frequency = TimeSpan.FromHours(1) }] });

        Assert.Equal(Script.Replace("freq: 86400}", "freq: 3600}"), result);
    }

    [Fact]
    public void AddEvents_ToTheSchedule_KeepsTheFirstEventsComments()
    {
        var second = new ScheduleEvent(Utc(2026, 2, 1, 0), TimeSpan.FromMinutes(5), Utc(2026, 3, 1, 0));

        var result = Apply(Script, v => v with { Schedule = [Daily, second] });

        Assert.Contains("""
              schedule = [
                // the first event
                {starts_on: 2026-01-01 09:00:00+0000, freq: 86400} // daily
                {starts_on: 2026-02-01 00:00:00+0000, freq: 300, ends_on: 2026-03-01 00:00:00+0000}
              ]
            """, result);
        Assert.Equal([Daily, second], Read(result).Schedule);
    }

    [Fact]
    public void ReplaceTags_RewritesTheTagsLine()
    {
        var result = Apply(Script, v => v with { Tags = ["finance", "daily"] });

        Assert.Equal(Script.Replace("tags = [\"reports\", \"finance\"]", "tags = [\"finance\", \"daily\"]"), result);
    }

    [Fact]
    public void SetInactive_AddsActiveAfterTheDescription()
    {
        var result = Apply(Script, v => v with { IsActive = false });

        Assert.Equal(Script.Replace("  description = \"Daily sales\"\n", "  description = \"Daily sales\"\n  active = false\n"), result);
        Assert.False(Read(result).IsActive);
    }

    [Fact]
    public void AddHistory_GoesAfterTheTags()
    {
        var result = Apply(Script, v => v with { History = "1000" });

        Assert.Equal(Script.Replace("tags = [\"reports\", \"finance\"]\n", "tags = [\"reports\", \"finance\"]\n  history = 1000\n"), result);
        Assert.Equal("1000", Read(result).History);
    }

    [Theory]
    [InlineData("inherit", "history = \"inherit\"")]
    [InlineData("all", "history = \"all\"")]
    [InlineData("false", "history = false")]
    [InlineData("0", "history = 0")]
    public void History_WrittenAsXanoSpellsIt(string value, string expected)
    {
        var result = Apply(Script, v => v with { History = value });

        Assert.Contains(expected, result);
        Assert.Equal(value, Read(result).History);
        Assert.False(ScriptAnalyzer.Analyze(result).HasErrors);
    }

    [Fact]
    public void RemoveDescription_TakesItsLineAndKeepsTheCommentAboveIt()
    {
        var result = Apply(Script, v => v with { Description = null });

        Assert.Equal(Script.Replace("  description = \"Daily sales\"\n", ""), result);
        Assert.Contains("// shown in the task list", result);
    }

    [Fact]
    public void RemoveSchedule_KeepsEveryCommentThatWasInsideIt()
    {
        var result = Apply(Script, v => v with { Schedule = [] });

        Assert.DoesNotContain("schedule", result);
        foreach (var comment in new[] { "// every morning", "// the first event", "// daily" })
            Assert.Contains(comment, result);
        Assert.Empty(Read(result).Schedule);
    }

    [Fact]
    public void RemoveTags_LastClause_LeavesNoBlankLineBeforeTheBrace()
    {
        var result = Apply(Script, v => v with { Tags = [] });

        Assert.EndsWith("  ]\n}\n// after the task\n", result);
    }

    [Fact]
    public void AddEveryClause_ToABareTask_InXanosOrder()
    {
        const string bare = "task t {\n  stack {\n  }\n}\n";

        var result = Apply(bare, _ => new TaskHeaderValues("What it does", false, "test", ["a"], [Daily], "all"));

        Assert.Equal("""
            task t {
              description = "What it does"
              active = false
              datasource = "test"

              stack {
              }

              schedule = [{starts_on: 2026-01-01 09:00:00+0000, freq: 86400}]
              tags = ["a"]
              history = "all"
            }

            """, result);
        Assert.Equal(result, Platform.Engine.Language.Formatting.XanoScriptFormatter.Format(result).Text);
    }

    [Fact]
    public void EveryEdit_LeavesTheStackAndOuterCommentsByteForByte()
    {
        var result = Apply(Script, _ => new TaskHeaderValues(null, false, null, ["x"], [Daily with { EndsOn = Utc(2027, 1, 1, 0) }], "10"));

        Assert.Contains(Body, result);
        Assert.StartsWith("// Sends the daily report.\ntask daily_report {\n  // shown in the task list\n", result);
        Assert.EndsWith("}\n// after the task\n", result);
        Assert.Equal(StackText(Script), StackText(result));
    }

    [Fact]
    public void Apply_Twice_IsIdempotentAndReadsBack()
    {
        var desired = new TaskHeaderValues("New", false, "live", ["b", "a"], [Daily, Daily with { StartsOn = Utc(2026, 6, 1, 12) }], "inherit");

        var once = TaskHeaderEditor.Apply(Script, desired);
        var twice = TaskHeaderEditor.Apply(once.Script!, desired);

        Assert.Equal(once.Script, twice.Script);
        Assert.Empty(twice.Changes);
        var read = Read(once.Script!);
        Assert.Equal(desired with { Tags = read.Tags, Schedule = read.Schedule }, read);
        Assert.Equal(desired.Tags, read.Tags);
        Assert.Equal(desired.Schedule, read.Schedule);
    }

    [Fact]
    public void OldScheduleBlockForm_IsRewrittenAsAList()
    {
        const string old = "task t {\n  stack {\n  }\n\n  schedule {\n    // kept\n    events = [{starts_on: 2026-01-01 09:00:00+0000, freq: 86400}]\n  }\n}\n";

        var result = Apply(old, v => v with { Schedule = [Daily with { Frequency = TimeSpan.FromMinutes(1) }] });

        Assert.Equal("task t {\n  stack {\n  }\n\n  // kept\n  schedule = [{starts_on: 2026-01-01 09:00:00+0000, freq: 60}]\n}\n", result);
    }

    [Fact]
    public void CrLfScript_KeepsItsLineEndings()
    {
        var crlf = Script.Replace("\n", "\r\n");

        var result = Apply(crlf, v => v with { IsActive = false, History = "all" });

        Assert.DoesNotContain("\n", result.Replace("\r\n", ""));
        Assert.Contains("active = false\r\n", result);
    }

    [Fact]
    public void Changes_ApplyInPlaceToGiveTheScript()
    {
        var edit = TaskHeaderEditor.Apply(Script, Read(Script) with { Description = null, IsActive = false, Tags = ["z"] });

        var text = Script;
        foreach (var change in edit.Changes.Reverse())
            text = text[..change.Start] + change.NewText + text[change.End..];
        Assert.Equal(edit.Script, text);
        Assert.Equal(3, edit.Changes.Count);
        Assert.All(edit.Changes.Zip(edit.Changes.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start, "changes overlap"));
    }

    [Fact]
    public void SyntaxError_IsRefusedWithItsPlace()
    {
        var broken = Script.Replace("value = 1", "value = §");

        var reading = TaskHeaderReader.Read(broken);
        var edit = TaskHeaderEditor.Apply(broken, Read(Script) with { Description = "x" });

        Assert.False(reading.Succeeded);
        Assert.StartsWith("The script has a syntax error at line 10, column 15:", reading.Problem);
        Assert.False(edit.Succeeded);
        Assert.Null(edit.Script);
        var problem = Assert.Single(edit.Problems);
        Assert.Equal(TaskHeaderEditor.ScriptField, problem.Field);
        Assert.Contains("syntax error at line 10", problem.Message);
    }

    [Fact]
    public void NotATask_IsRefused()
    {
        var edit = TaskHeaderEditor.Apply("function f {\n  stack {\n  }\n}\n", TaskHeaderValues.Empty with { Description = "x" });

        Assert.Contains("not a task", Assert.Single(edit.Problems).Message);
    }

    [Theory]
    [InlineData(0, "schedule[0].freq", "at least 1 second")]
    [InlineData(-5, "schedule[0].freq", "at least 1 second")]
    public void InvalidFrequency_IsRefusedAndLocated(int seconds, string field, string message)
    {
        var edit = TaskHeaderEditor.Apply(Script, Read(Script) with { Schedule = [Daily with { Frequency = TimeSpan.FromSeconds(seconds) }] });

        var problem = Assert.Single(edit.Problems);
        Assert.Equal(field, problem.Field);
        Assert.Contains(message, problem.Message);
        Assert.Null(edit.Script);
    }

    [Fact]
    public void EndBeforeStart_IsRefusedOnTheEnd()
    {
        var edit = TaskHeaderEditor.Apply(Script, Read(Script) with { Schedule = [Daily, Daily with { EndsOn = Utc(2025, 1, 1, 0) }] });

        var problem = Assert.Single(edit.Problems);
        Assert.Equal("schedule[1].ends_on", problem.Field);
        Assert.Contains("before the start", problem.Message);
    }

    [Theory]
    [InlineData("Live", "datasource")]
    [InlineData("my data", "datasource")]
    public void InvalidDatasource_IsRefused(string name, string field)
    {
        var edit = TaskHeaderEditor.Apply(Script, Read(Script) with { Datasource = name });

        Assert.Equal(field, Assert.Single(edit.Problems).Field);
    }

    [Fact]
    public void InvalidTags_AreRefusedEachOnItsPlace()
    {
        var edit = TaskHeaderEditor.Apply(Script, Read(Script) with { Tags = ["a", " ", "a"] });

        Assert.Equal(["tags[1]", "tags[2]"], edit.Problems.Select(p => p.Field));
    }

    [Fact]
    public void UnknownHistory_IsRefused()
    {
        Assert.Equal("history", Assert.Single(TaskHeaderEditor.Apply(Script, Read(Script) with { History = "5" }).Problems).Field);
    }

    [Fact]
    public void ClauseWithAnExpression_IsLockedAndNotRewritten()
    {
        var script = Script.Replace("tags = [\"reports\", \"finance\"]", "tags = [\"reports\", $env.team]");

        var reading = TaskHeaderReader.Read(script);
        var unrelated = TaskHeaderEditor.Apply(script, reading.Values! with { Description = "x" });
        var tagEdit = TaskHeaderEditor.Apply(script, reading.Values! with { Tags = ["y"] });

        Assert.Contains("tags", reading.Locked);
        Assert.True(unrelated.Succeeded);
        Assert.Contains("$env.team", unrelated.Script);
        Assert.Equal("tags", Assert.Single(tagEdit.Problems).Field);
    }

    [Fact]
    public void ScheduleWithAnUnreadableEvent_IsLocked()
    {
        var script = Script.Replace("freq: 86400", "freq: 86400, extra: 1");

        Assert.Contains("schedule", TaskHeaderReader.Read(script).Locked);
    }

    private static string StackText(string script)
    {
        var parse = XanoScriptParser.Parse(script);
        var stack = parse.Document.Construct!.FindClause("stack")!;
        return script.Substring(stack.Span.Start, stack.Span.Length);
    }
}
