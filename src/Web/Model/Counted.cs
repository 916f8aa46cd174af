namespace Platform.Web.Model;

/// <summary>A count with its noun in the right number: "1 record", "2,048 records".</summary>
public static class Counted
{
    public static string Of(long count, string singular, string? plural = null) =>
        count == 1 ? $"1 {singular}" : $"{count:N0} {plural ?? singular + "s"}";
}
