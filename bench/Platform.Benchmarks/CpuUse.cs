using System.Diagnostics;
using System.Globalization;

namespace Platform.Benchmarks;

/// <summary>
/// Processor time used by this process and by one PostgreSQL server (its postmaster, live backends and the ones that
/// have exited), from /proc — so a figure can say where the two cores went.
/// </summary>
internal sealed class CpuUse(int postmaster)
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    public readonly record struct Sample(TimeSpan Bench, TimeSpan Server, TimeSpan Wall);

    /// <summary>The server whose data directory this is (its postmaster.pid names the postmaster).</summary>
    public static CpuUse ForDataDirectory(string dataDirectory) =>
        new(int.Parse(File.ReadLines(Path.Combine(dataDirectory, "postmaster.pid")).First(), CultureInfo.InvariantCulture));

    public Sample Now() => new(Process.GetCurrentProcess().TotalProcessorTime, Server(), TimeSpan.FromTicks(Stopwatch.GetTimestamp() * TimeSpan.TicksPerSecond / Stopwatch.Frequency));

    public static string Describe(Sample from, Sample to)
    {
        var wall = (to.Wall - from.Wall).TotalSeconds;
        var bench = (to.Bench - from.Bench).TotalSeconds;
        var server = (to.Server - from.Server).TotalSeconds;
        return string.Create(CultureInfo.InvariantCulture,
            $"CPU over {wall:N1} s: benchmark process {bench:N1} s ({bench / wall:P0} of a core), PostgreSQL {server:N1} s ({server / wall:P0} of a core)");
    }

    private TimeSpan Server()
    {
        // The postmaster's own time plus its waited-for children (cutime, cstime), plus every live child's own time.
        var ticks = Fields(postmaster) is { } own ? own.Utime + own.Stime + own.Cutime + own.Cstime : 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || pid == postmaster)
                continue;
            if (Fields(pid) is { } child && child.Parent == postmaster)
                ticks += child.Utime + child.Stime;
        }
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    private readonly record struct Stat(int Parent, long Utime, long Stime, long Cutime, long Cstime);

    private static Stat? Fields(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            // The command name is in parentheses and may hold spaces; the fields after it are plain.
            var rest = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            long At(int field) => long.Parse(rest[field - 3], CultureInfo.InvariantCulture);
            return new Stat((int)At(4), At(14), At(15), At(16), At(17));
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
