using Platform.Engine.Runtime.Ports;
using Platform.Engine.Runtime.Sandbox;

namespace Platform.Engine.Runtime.Execution;

/// <summary>
/// What a run may reach: its ports, clock, limits and environment variables. A port left null makes the
/// statements that need it fail with a clear error rather than reach anything.
/// </summary>
public sealed record RunEnvironment
{
    public IRecordStore? Records { get; init; }

    public IHttpGateway? Http { get; init; }

    public IMailer? Mail { get; init; }

    public IFunctionLibrary? Functions { get; init; }

    public IRunObserver? Observer { get; init; }

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    public RunLimits Limits { get; init; } = RunLimits.Default;

    /// <summary>The workspace's environment variables, read as <c>$env.NAME</c>.</summary>
    public IReadOnlyDictionary<string, string> Variables { get; init; } = new Dictionary<string, string>();

    /// <summary>Random numbers for uuid, random_number, shuffle…; tests pass a seeded one.</summary>
    public Random Random { get; init; } = Random.Shared;

    /// <summary>The datasource a run starts on when its task names none.</summary>
    public const string DefaultDatasource = "live";

    /// <summary>The datasource the run starts on; <c>$env.$datasource</c> reads it.</summary>
    public string Datasource { get; init; } = DefaultDatasource;

    /// <summary>How many executed statements the trace keeps; later ones are only counted.</summary>
    public int TraceCapacity { get; init; } = 5_000;
}

/// <summary>What a run is asked to do beyond the script: its input, the authenticated user, and the unit test being run (for mocks).</summary>
public sealed record RunRequest
{
    public static readonly RunRequest Empty = new();

    public Values.XsValue Input { get; init; } = Values.XsValue.Object(Values.XsObject.Empty);

    public Values.XsValue Auth { get; init; } = Values.XsValue.Null;

    public string? TestName { get; init; }
}
