namespace Platform.Cli;

/// <summary>What <c>xs</c> returns to the shell; CI scripts rely on these three values.</summary>
internal static class ExitCodes
{
    /// <summary>Everything checked is fine (warnings allowed), or every file was formatted.</summary>
    public const int Success = 0;

    /// <summary>An error-severity diagnostic, a file that could not be read or written, or (with --check) unformatted files.</summary>
    public const int Failure = 1;

    /// <summary>The command line itself is wrong: no command, an unknown command or option, no paths, a path that does not exist.</summary>
    public const int Usage = 2;
}
