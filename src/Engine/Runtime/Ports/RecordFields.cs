using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Ports;

/// <summary>What every store and db statement does with an <c>output</c> list: keep those fields, in that order.</summary>
public static class RecordFields
{
    /// <summary>The record with only the named fields (a name the record lacks is left out); the whole record when null.</summary>
    public static XsObject Project(XsObject record, IReadOnlyList<string>? output) =>
        output is null ? record : XsObject.Create(output.Where(record.ContainsKey).Select(name => new KeyValuePair<string, XsValue>(name, record.Get(name))));
}
