using Platform.Engine.Runtime.Templates;
using Platform.Engine.Runtime.Time;
using Platform.Engine.Runtime.Values;
using Platform.Tests.Shared;

namespace Platform.Engine.Tests.Runtime.Templates;

/// <summary>A run's view for template tests: fixed variables, the test clock, a loop limit and a value limit the test chooses.</summary>
internal sealed class TestTemplateHost(IReadOnlyDictionary<string, XsValue> variables, long loopLimit = 1_000, long valueBytes = 1_000_000) : ITemplateHost
{
    public TimeProvider Clock { get; } = new ManualClock(TestRuns.Now);

    public long LoopLimit => loopLimit;

    public long ValueBytes => valueBytes;

    public int Iterations { get; private set; }

    public void CountIteration() => Iterations++;

    public bool TryGetVariable(string name, out XsValue value)
    {
        if (name == "var")
        {
            value = XsValue.Object(XsObject.Create(variables));
            return true;
        }
        return variables.TryGetValue(name, out value);
    }

    /// <summary>The variables most cases use.</summary>
    public static TestTemplateHost Standard(long loopLimit = 1_000, long valueBytes = 1_000_000) => new(new Dictionary<string, XsValue>
    {
        ["user"] = JsonValues.Parse("""{"name": "ada lovelace", "email": "ada@example.com", "vip": true, "tags": ["math", "poetry"], "address": null}"""),
        ["items"] = JsonValues.Parse("""[{"name": "Pen", "price": 1.5, "qty": 2}, {"name": "Book", "price": 12, "qty": 1}]"""),
        ["count"] = XsValue.Int(3),
        ["none_left"] = XsValue.Array(XsArray.Empty),
        ["nothing"] = XsValue.Null,
        ["html"] = XsValue.Text("<b>Hi & 'you'</b>"),
        ["padded"] = XsValue.Text("  padded  "),
        ["when"] = XsValue.Timestamp(TestRuns.Now.ToUnixTimeMilliseconds()),
        ["scores"] = JsonValues.Parse("""{"b": 2, "a": 1, "c": 3}"""),
        ["zero"] = XsValue.Int(0),
    }, loopLimit, valueBytes);
}
