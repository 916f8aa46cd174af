using System.Diagnostics.CodeAnalysis;

namespace Platform.Data.Results;

/// <summary>The value of an operation that succeeded, or the <see cref="Results.Problem"/> that stopped it.</summary>
public sealed record Result<T>
{
    private Result(T? value, Problem? problem)
    {
        Value = value;
        Problem = problem;
    }

    public T? Value { get; }

    public Problem? Problem { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool Succeeded => Problem is null;

    public static implicit operator Result<T>(T value) => new(value, null);

    public static implicit operator Result<T>(Problem problem) => new(default, problem);
}

/// <summary>The value of an operation that has nothing to return.</summary>
public readonly record struct Done;
