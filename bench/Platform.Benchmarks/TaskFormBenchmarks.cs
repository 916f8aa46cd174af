using BenchmarkDotNet.Attributes;
using Platform.Engine.Runtime.Time;
using Platform.Engine.Scheduling;
using Platform.Engine.Tasks.Editing;

namespace Platform.Benchmarks;

/// <summary>
/// The schedule &amp; settings panel: it reads the header after each pause in typing and rewrites clauses on each form
/// edit, so both must stay well inside a keystroke's budget on a long task.
/// </summary>
[MemoryDiagnoser]
public class TaskFormBenchmarks
{
    private static readonly ManualClock Clock = new(new DateTimeOffset(2026, 3, 20, 12, 0, 0, TimeSpan.Zero));
    private string _script = "";
    private TaskHeaderValues _hourly = TaskHeaderValues.Empty;
    private TimeZoneInfo _berlin = TimeZoneInfo.Utc;

    [Params(500, 10_000)]
    public int Lines { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _script = GeneratedScripts.Task(Lines);
        var values = TaskHeaderReader.Read(_script).Values!;
        _hourly = values with { Schedule = [values.Schedule[0] with { Frequency = TimeSpan.FromHours(1) }] };
        ScheduleTimeZones.TryFind("Europe/Berlin", out _berlin);
    }

    [Benchmark]
    public bool ReadHeader() => TaskHeaderReader.Read(_script).Succeeded;

    [Benchmark]
    public int ChangeFrequency() => TaskHeaderEditor.Apply(_script, _hourly).Changes.Count;

    [Benchmark]
    public int PreviewIntervalAndCron() =>
        SchedulePreview.Next(_hourly.Schedule, [new CronEntry("30 2 * * *", "Europe/Berlin")], Clock, _berlin).Count;
}
