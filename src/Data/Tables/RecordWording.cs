using Platform.Data.Results;

namespace Platform.Data.Tables;

/// <summary>How messages count records, so every refusal says it the same way.</summary>
internal static class RecordWording
{
    internal static Problem CountChanged(string subject, long records, long confirmed) =>
        Problem.Conflict($"{subject} now holds {Records(records)}, not the {confirmed:N0} you confirmed. Review it and confirm again.");

    internal static string Records(long count) => count == 1 ? "1 record" : $"{count:N0} records";

    /// <summary>"1 record has" / "3 records have": a count with its verb agreeing.</summary>
    internal static string Records(long count, string singularVerb, string pluralVerb) =>
        $"{Records(count)} {(count == 1 ? singularVerb : pluralVerb)}";
}
