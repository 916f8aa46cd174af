namespace Platform.Data.Results;

public enum ProblemKind
{
    Invalid,
    NotFound,
    Forbidden,
    Conflict,
}

/// <summary>Why an operation was refused, in words a user can act on. <see cref="Field"/> names the input at fault.</summary>
public sealed record Problem(ProblemKind Kind, string Message, string? Field = null)
{
    public static Problem Invalid(string message, string? field = null) => new(ProblemKind.Invalid, message, field);

    public static Problem NotFound(string subject) =>
        new(ProblemKind.NotFound, $"{subject} not found. It may have been deleted, or you may not have access to it.");

    public static Problem Forbidden(string action) =>
        new(ProblemKind.Forbidden, $"Your role in this workspace does not allow you to {action}.");

    public static Problem Conflict(string message, string? field = null) => new(ProblemKind.Conflict, message, field);
}
