using Platform.Engine.Runtime.Values;

namespace Platform.Web.Model.Database;

/// <summary>One record as the grid shows it: its id and every value, looked up by field name.</summary>
public sealed class RecordRow(XsObject record)
{
    public long Id => Values.Get("id").AsInt;

    public XsObject Values { get; } = record;

    public XsValue this[string field] => Values.Get(field);
}
