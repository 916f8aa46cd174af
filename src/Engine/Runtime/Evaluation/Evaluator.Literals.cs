using System.Globalization;
using Platform.Engine.Language.Syntax;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Time;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Evaluation;

internal sealed partial class Evaluator
{
    private XsValue ArrayLiteral(ArrayExpression array)
    {
        var builder = new XsArray.Builder();
        foreach (var element in array.Elements)
        {
            if (element.Value is SpreadExpression spread)
            {
                var spreadValue = Evaluate(spread.Operand);
                if (spreadValue.Kind == ValueKind.Array)
                {
                    foreach (var item in spreadValue.AsArray)
                        builder.Add(item);
                }
                else if (spreadValue.Kind == ValueKind.Object)
                {
                    foreach (var item in spreadValue.AsObject.Values)
                        builder.Add(item);
                }
                continue;
            }
            builder.Add(Evaluate(element.Value));
        }
        return XsValue.Array(builder.ToArray());
    }

    // A disabled entry (!key: value) is left out; a spread (...$other) copies the other object's keys in.
    private XsValue ObjectLiteral(ObjectExpression obj)
    {
        var builder = new XsObject.Builder();
        foreach (var entry in obj.Entries)
        {
            if (entry.Disabled)
                continue;
            if (entry.Value is SpreadExpression spread)
            {
                if (Evaluate(spread.Operand) is { Kind: ValueKind.Object } source)
                {
                    foreach (var (key, value) in source.AsObject)
                        builder.Set(key, value);
                }
                continue;
            }
            builder.Set(entry.Key.Name, Evaluate(entry.Value));
        }
        return XsValue.Object(builder.ToObject());
    }

    // !int "42", !decimal "1.5", !bool "true", !text "x", !array "[1,2]", !object "{...}", !timestamp "...", !expr "$a + 1".
    private XsValue TypedLiteral(TypedLiteralExpression typed)
    {
        var text = (string?)typed.Literal.Value ?? "";
        return typed.Type switch
        {
            "int" => XsValue.Int((long)ValueConversions.LeadingNumber(text)),
            "decimal" => XsValue.Decimal(ValueConversions.LeadingNumber(text)),
            "bool" => XsValue.Bool(text.Trim() is "true" or "1"),
            "array" or "object" => JsonValues.TryParse(text, out var json)
                ? json
                : throw ScriptErrorException.Fatal($"!{typed.Type} \"{text}\" is not JSON."),
            "timestamp" => TimestampParser.TryParse(text, run.Clock.GetUtcNow(), TimeZoneInfo.Utc, out var instant)
                ? XsValue.Timestamp(instant.ToUnixTimeMilliseconds())
                : throw ScriptErrorException.Fatal($"!timestamp \"{text}\" is not a date and time."),
            "expr" => EvaluateText(text),
            _ => XsValue.Text(text),
        };
    }

    internal static string Invariant(double value) => value.ToString(CultureInfo.InvariantCulture);
}
