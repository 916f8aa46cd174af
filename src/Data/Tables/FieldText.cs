using System.Globalization;
using System.Text.RegularExpressions;

namespace Platform.Data.Tables;

/// <summary>
/// What text a field of a given type accepts, in one place: the record store checks writes with these rules and a
/// type change converts existing values with the same ones, so a value one accepts the other never calls lost.
/// </summary>
public static partial class FieldText
{
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>A plausible e-mail address: one @, no spaces, a dot in the domain.</summary>
    public static bool IsEmail(string text) => EmailPattern().IsMatch(text);

    /// <summary>ISO 8601 text (a date, or a date and time; UTC unless it names an offset) as epoch milliseconds.</summary>
    public static bool TryParseInstant(string text, out long epochMilliseconds)
    {
        epochMilliseconds = 0;
        if (text.Length < 10 || !char.IsAsciiDigit(text[0]) || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant))
            return false;
        epochMilliseconds = instant.ToUnixTimeMilliseconds();
        return true;
    }

    /// <summary><c>YYYY-MM-DD</c>, or the UTC day of an ISO 8601 instant.</summary>
    public static bool TryParseDate(string text, out DateOnly date)
    {
        if (DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            return true;
        if (!TryParseInstant(text, out var instant))
            return false;
        date = DateOfInstant(instant);
        return true;
    }

    /// <summary>The UTC day of an instant in epoch milliseconds.</summary>
    public static DateOnly DateOfInstant(long epochMilliseconds) =>
        DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(epochMilliseconds).UtcDateTime);

    public static string Format(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}
