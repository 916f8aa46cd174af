using Platform.Engine.Language.Diagnostics;
using Platform.Engine.Language.Text;
using Platform.Cli.Output;

namespace Platform.Cli.Input;

/// <summary>
/// Problems with a file rather than with its script. They print like the language's diagnostics, with codes
/// from a range the language does not use (XS9xxx), positioned at the offending byte or at 1,1.
/// </summary>
internal static class FileProblems
{
    public const string CannotReadCode = "XS9001";
    public const string TooLargeCode = "XS9002";
    public const string NotUtf8Code = "XS9003";
    public const string BinaryCode = "XS9004";
    public const string CannotWriteCode = "XS9005";

    private static readonly LinePosition Start = new(1, 1);

    public static FileDiagnostic CannotRead(string reason) =>
        Error(CannotReadCode, Start, $"Cannot read the file: {reason}");

    public static FileDiagnostic TooLarge(long maxBytes) =>
        Error(TooLargeCode, Start, $"The file is larger than {maxBytes / (1024 * 1024)} MiB, far beyond any script, so it was not read.");

    public static FileDiagnostic Utf16() =>
        Error(NotUtf8Code, Start, "The file is UTF-16 text (it starts with a UTF-16 byte order mark); save it as UTF-8.");

    public static FileDiagnostic NotUtf8(LinePosition at, byte value) =>
        Error(NotUtf8Code, at, $"The file is not valid UTF-8: byte 0x{value:X2} cannot appear here; save it as UTF-8.");

    public static FileDiagnostic Binary(LinePosition at) =>
        Error(BinaryCode, at, "This looks like a binary file (it contains a NUL byte), not a script.");

    public static FileDiagnostic CannotWrite(string reason) =>
        Error(CannotWriteCode, Start, $"Cannot write the formatted text: {reason}");

    private static FileDiagnostic Error(string code, LinePosition at, string message) =>
        new(code, DiagnosticSeverity.Error, at, at, message);
}
