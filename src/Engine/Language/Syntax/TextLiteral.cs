using System.Globalization;
using System.Text;

namespace Platform.Engine.Language.Syntax;

public static class TextLiteral
{
    /// <summary>Text as a double-quoted XanoScript literal, with C-style escapes for quotes, backslashes and control characters.</summary>
    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => "\\x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }
        return builder.Append('"').ToString();
    }
}
