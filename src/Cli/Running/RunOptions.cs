using System.Globalization;
using System.Text.Json;
using Platform.Cli.Commands;
using Platform.Engine.Runtime.Values;

namespace Platform.Cli.Running;

/// <summary>What <c>xs run</c> was asked for beyond the script: a fixed clock, seed data, the input, the output form.</summary>
internal sealed record RunOptions(DateTimeOffset? Now, string SeedJson, XsValue Input, bool Json, string? FunctionsPath)
{
    public const string JsonFlag = "--json";
    public const string DataOption = "--data";
    public const string NowOption = "--now";
    public const string InputOption = "--input";
    public const string FunctionsOption = "--functions";

    /// <summary>The options, or a message naming the option and what is wrong with it.</summary>
    public static (RunOptions? Options, string? Error) Read(CommandArguments arguments, CliEnvironment environment)
    {
        DateTimeOffset? now = null;
        if (arguments.Value(NowOption) is { } nowText)
        {
            if (!DateTimeOffset.TryParse(nowText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant))
                return (null, $"--now needs an ISO 8601 instant such as 2025-01-15T10:30:00Z, not '{nowText}'.");
            now = instant;
        }
        var (seed, seedText, seedError) = ReadJson(arguments.Value(DataOption), DataOption, environment);
        if (seedError is not null)
            return (null, seedError);
        if (seed.Kind is not (ValueKind.Object or ValueKind.Null) || !IsTableSet(seed))
            return (null, $"{DataOption}: the file must hold an object of tables, each a list of records: {{\"users\": [{{\"name\": \"Ada\"}}]}}.");
        var (input, _, inputError) = ReadJson(arguments.Value(InputOption), InputOption, environment);
        if (inputError is not null)
            return (null, inputError);
        if (input.Kind is not (ValueKind.Object or ValueKind.Null))
            return (null, $"{InputOption}: the file must hold a JSON object of input values.");
        return (new RunOptions(
            now,
            seedText ?? "{}",
            input.IsNull ? XsValue.Object(XsObject.Empty) : input,
            arguments.Has(JsonFlag),
            arguments.Value(FunctionsOption)), null);
    }

    private static bool IsTableSet(XsValue seed) =>
        seed.IsNull || seed.AsObject.Values.All(table => table.Kind == ValueKind.Array && table.AsArray.All(record => record.Kind == ValueKind.Object));

    private static (XsValue Value, string? Text, string? Error) ReadJson(string? path, string option, CliEnvironment environment)
    {
        if (path is null)
            return (XsValue.Null, null, null);
        var fullPath = Path.GetFullPath(path, environment.WorkingDirectory);
        try
        {
            var info = new FileInfo(fullPath);
            if (!info.Exists)
                return (XsValue.Null, null, $"{option}: file not found: '{path}'.");
            if (info.Length > environment.MaxFileBytes * 8)
                return (XsValue.Null, null, $"{option}: '{path}' is larger than {environment.MaxFileBytes * 8 / (1024 * 1024)} MiB.");
            var text = File.ReadAllText(fullPath);
            return (JsonValues.Parse(text), text, null);
        }
        catch (JsonException e)
        {
            var at = e.LineNumber is { } line ? $"({line + 1},{(e.BytePositionInLine ?? 0) + 1})" : "";
            return (XsValue.Null, null, $"{option}: '{path}'{at} is not valid JSON: {FirstSentence(e.Message)}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (XsValue.Null, null, $"{option}: cannot read '{path}': {e.Message}");
        }
    }

    // System.Text.Json appends "Path: $ | LineNumber: … | BytePositionInLine: …", which the position already says.
    private static string FirstSentence(string message) => message.Split(" Path: ", 2)[0].Split(" LineNumber:", 2)[0].TrimEnd();
}
