using System.Globalization;
using System.Text.RegularExpressions;
using Platform.Engine.Runtime.Values;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;

namespace Platform.Engine.Runtime.Formats;

/// <summary>
/// Values to and from YAML (YamlDotNet). Encoding writes block style, quoting text that would read back as another
/// type; decoding reads plain scalars by the YAML 1.2 core schema (null, booleans, ints, floats) and quoted ones as text.
/// </summary>
public static partial class YamlValues
{
    private static readonly ISerializer Serializer = new SerializerBuilder()
        .WithQuotingNecessaryStrings()
        .WithTypeConverter(new PlainScalars())
        .Build();

    public static string Serialize(XsValue value) => Serializer.Serialize(ToPlain(value));

    /// <summary>The value of the first document; throws <see cref="YamlException"/> when the text is not YAML.</summary>
    public static XsValue Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count == 0 ? XsValue.Null : FromNode(stream.Documents[0].RootNode);
    }

    private static object? ToPlain(XsValue value) => value.Kind switch
    {
        ValueKind.Null => PlainScalars.Null,
        ValueKind.Bool => value.AsBool,
        ValueKind.Int or ValueKind.Timestamp => value.AsInt,
        ValueKind.Decimal => value.AsDecimal,
        ValueKind.Text => value.AsText,
        ValueKind.Array => value.AsArray.Select(ToPlain).ToList(),
        _ => value.AsObject.ToDictionary(entry => entry.Key, entry => ToPlain(entry.Value), StringComparer.Ordinal),
    };

    private static XsValue FromNode(YamlNode node) => node switch
    {
        YamlMappingNode mapping => XsValue.Object(XsObject.Create(mapping.Children.Select(pair =>
            new KeyValuePair<string, XsValue>(KeyText(pair.Key), FromNode(pair.Value))))),
        YamlSequenceNode sequence => XsValue.Array(XsArray.Create(sequence.Children.Select(FromNode))),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new YamlException("YAML aliases are not supported."),
    };

    private static string KeyText(YamlNode key) => key is YamlScalarNode scalar ? scalar.Value ?? "" : ValueConversions.ToText(FromNode(key));

    private static XsValue Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any))
            return XsValue.Text(text);
        if (text is "" or "~" || text.Equals("null", StringComparison.OrdinalIgnoreCase))
            return XsValue.Null;
        if (text.Equals("true", StringComparison.OrdinalIgnoreCase))
            return XsValue.True;
        if (text.Equals("false", StringComparison.OrdinalIgnoreCase))
            return XsValue.False;
        if (IntPattern().IsMatch(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
            return XsValue.Int(whole);
        if (FloatPattern().IsMatch(text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            return XsValue.Decimal(number);
        return XsValue.Text(text);
    }

    /// <summary>Writes null as "null" and decimals so they read back as decimals ("1.0", not "1").</summary>
    private sealed class PlainScalars : IYamlTypeConverter
    {
        public static readonly object Null = new NullMarker();

        public bool Accepts(Type type) => type == typeof(double) || type == typeof(NullMarker);

        public object? ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer) => throw new NotSupportedException();

        public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer) =>
            emitter.Emit(new Scalar(null, null, value is double number ? DecimalText(number) : "null", ScalarStyle.Plain, true, false));

        private static string DecimalText(double value) => value switch
        {
            double.NaN => ".nan",
            double.PositiveInfinity => ".inf",
            double.NegativeInfinity => "-.inf",
            _ when value == Math.Floor(value) && Math.Abs(value) < 1e15 => value.ToString("0", CultureInfo.InvariantCulture) + ".0",
            _ => ValueConversions.FormatDecimal(value),
        };

        private sealed class NullMarker;
    }

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex IntPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
