using System.Text;
using Platform.Engine.Language.Text;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Ports;
using Platform.Engine.Runtime.Functions;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Tests.Runtime;

/// <summary>
/// What a runtime golden .out holds: status, every debug.log value with its position, then the result or the error;
/// an error that came out of functions lists them, innermost first, with the position in each function's script.
/// </summary>
internal static class RunReport
{
    public static string Render(RunResult result, string script, InMemoryFunctionLibrary? functions = null)
    {
        var text = new SourceText(script);
        var builder = new StringBuilder();
        builder.Append("status: ").Append(result.Status.ToString().ToLowerInvariant()).Append('\n');
        foreach (var entry in result.Log)
            builder.Append("log ").Append(entry.Function is null ? Position(text, entry.Span) : FunctionPosition(functions, entry.Function, entry.Span)).Append(": ").Append(ValueDisplay.Format(entry.Value, 2_000)).Append('\n');
        if (result.Failure is { } failure)
        {
            var error = failure.Error;
            builder.Append("error ").Append(failure.Span is { } span ? Position(text, span) : "-").Append(": ").Append(error.Code);
            if (error.Name is not null)
                builder.Append(" (").Append(error.Name).Append(')');
            builder.Append(' ').Append(error.Message).Append('\n');
            foreach (var frame in failure.Functions ?? [])
                builder.Append("  at function ").Append(FunctionPosition(functions, frame.Function, frame.Span)).Append('\n');
            if (!error.Payload.IsNull)
                builder.Append("payload: ").Append(ValueDisplay.Format(error.Payload, 2_000)).Append('\n');
        }
        else
        {
            builder.Append("result: ").Append(ValueDisplay.Format(result.Result, 10_000)).Append('\n');
        }
        return builder.ToString();
    }

    /// <summary>What the run did outside itself: every e-mail sent and, for a seeded case, each table's final records.</summary>
    public static string RenderEffects(GoldenWorld world)
    {
        var builder = new StringBuilder();
        foreach (var message in world.Mail.Messages)
            builder.Append("email: ").Append(ValueDisplay.Format(Describe(message), 2_000)).Append('\n');
        if (!world.Seeded)
            return builder.ToString();
        foreach (var (table, records) in world.Records.Snapshot().OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            builder.Append("table ").Append(table).Append(":\n");
            foreach (var record in records)
                builder.Append("  ").Append(ValueDisplay.Format(XsValue.Object(record), 2_000)).Append('\n');
        }
        return builder.ToString();
    }

    /// <summary>Every field of a message, as the report and the example tests show it.</summary>
    public static XsValue Describe(EmailMessage message)
    {
        static XsValue Texts(IEnumerable<string> items) => XsValue.Array(XsArray.Create(items.Select(XsValue.Text)));
        var builder = new XsObject.Builder();
        builder.Set("provider", XsValue.Text(message.Provider));
        builder.Set("api_key", XsValue.Text(message.ApiKey));
        builder.Set("from", XsValue.Text(message.From));
        builder.Set("to", Texts(message.To));
        builder.Set("cc", Texts(message.Cc));
        builder.Set("bcc", Texts(message.Bcc));
        builder.Set("reply_to", XsValue.Text(message.ReplyTo));
        builder.Set("subject", XsValue.Text(message.Subject));
        builder.Set("message", XsValue.Text(message.Message));
        builder.Set("scheduled_at", XsValue.Text(message.ScheduledAt));
        return XsValue.Object(builder.ToObject());
    }
    // "'name' 7:5": a position in a function's own script.
    private static string FunctionPosition(InMemoryFunctionLibrary? functions, string function, SourceSpan? span) =>
        $"'{function}' " + (functions?.Script(function) is { } script && span is { } at ? Position(script.Text, at) : "-");

    private static string Position(SourceText text, SourceSpan span) => text.GetLinePosition(span.Start) is var p ? $"{p.Line}:{p.Column}" : "";
}
