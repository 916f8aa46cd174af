namespace Platform.Engine.Runtime.Time;

/// <summary>A clock that stands still until moved: <c>xs run --now</c> and tests fix a run's <c>now</c> with it.</summary>
public sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
