using System.Text.RegularExpressions;
using Platform.Data.Results;
using Platform.Engine.Runtime.Execution;

namespace Platform.Web.Services.Database;

/// <summary>
/// The record store reports bad values as script errors naming the table and field; this turns them into a
/// <see cref="Problem"/> whose <see cref="Problem.Field"/> lets a form show the message on the right input.
/// </summary>
public static partial class RecordProblems
{
    public static Problem From(ScriptErrorException error)
    {
        var field = FieldPattern().Match(error.Message) is { Success: true } match
            ? match.Groups["field"].Value
            : null;
        return Problem.Invalid(error.Message, field);
    }

    // "The field 'price' of table 'products' expects …" and "… its unique field 'sku'."
    [GeneratedRegex("(?:^The field '(?<field>[^']+)' of table|unique field '(?<field>[^']+)')", RegexOptions.CultureInvariant)]
    private static partial Regex FieldPattern();
}
