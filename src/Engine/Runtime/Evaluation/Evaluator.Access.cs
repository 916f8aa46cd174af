using Platform.Engine.Language.Syntax;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Evaluation;

internal sealed partial class Evaluator
{
    private XsValue? _environment;

    /// <summary>A variable: the run's own ($input, $env, $auth, $error…), the current element of a filter ($$…), or the stack's.</summary>
    public XsValue Variable(string name) => name switch
    {
        "$$" or "$this" => _lambda?.Item ?? XsValue.Null,
        "$index" => _lambda is { } scope ? XsValue.Int(scope.Index) : XsValue.Null,
        "$parent" => _lambda?.Parent ?? XsValue.Null,
        "$result" => _lambda?.Accumulator ?? XsValue.Null,
        "$input" => run.Frame.Input,
        "$auth" => run.Request.Auth,
        "$env" => _environment ??= Environment(),
        "$error" => run.Frame.Error,
        "$response" => run.Frame.Response,
        "$var" => run.Frame.Snapshot(),
        "$db" => throw ScriptErrorException.Fatal("$db columns only have values inside a query (where, eval, sort)."),
        _ => run.Frame.Get(name),
    };

    /// <summary>$env: the workspace's variables, and built-ins such as $env.$datasource (request ones are empty in a task).</summary>
    private XsValue Environment()
    {
        var builder = new XsObject.Builder();
        foreach (var (key, value) in run.Environment.Variables)
            builder.Set(key, XsValue.Text(value));
        builder.Set("$datasource", XsValue.Text(run.Datasource));
        foreach (var empty in new[] { "$branch", "$tenant", "$remote_ip", "$remote_port", "$remote_host", "$request_method", "$request_uri", "$request_querystring", "$request_auth_token", "$api_baseurl" })
            builder.Set(empty, XsValue.EmptyText);
        builder.Set("$http_headers", XsValue.Object(XsObject.Empty));
        return XsValue.Object(builder.ToObject());
    }

    /// <summary>The datasource changed (db.set_datasource): $env.$datasource must say so.</summary>
    public void ForgetEnvironment() => _environment = null;

    private XsValue Access(ExpressionNode node)
    {
        // The common one-step forms ($user.name, $list[0]) skip building an accessor list.
        switch (node)
        {
            case MemberAccessExpression { Target: VariableExpression { Name: not "$var" } variable } member:
                return Member(Variable(variable.Name), member.Member);
            case IndexExpression { Target: VariableExpression variable, Index: not VariableExpression { Name: "$$" } } index:
                return Index(Variable(variable.Name), Evaluate(index.Index));
        }
        var (root, accessors) = Flatten(node);
        return Follow(Evaluate(root), accessors, 0);
    }

    /// <summary>Walks accessors from a value. <c>[$$]</c> outside a filter plucks: the rest applies to every element.</summary>
    private XsValue Follow(XsValue value, List<ExpressionNode> accessors, int from)
    {
        for (var i = from; i < accessors.Count; i++)
        {
            switch (accessors[i])
            {
                case MemberAccessExpression member:
                    value = Member(value, member.Member);
                    break;
                case IndexExpression { Index: VariableExpression { Name: "$$" } } when _lambda is null:
                    if (value.Kind != ValueKind.Array)
                        return XsValue.Null;
                    var builder = new XsArray.Builder();
                    foreach (var element in value.AsArray)
                        builder.Add(Follow(element, accessors, i + 1));
                    return XsValue.Array(builder.ToArray());
                case IndexExpression index:
                    value = Index(value, Evaluate(index.Index));
                    break;
            }
        }
        return value;
    }

    /// <summary>Splits <c>$a.b[0].c</c> into its root and the accessors after it, in order.</summary>
    internal static (ExpressionNode Root, List<ExpressionNode> Accessors) Flatten(ExpressionNode node)
    {
        var accessors = new List<ExpressionNode>();
        while (true)
        {
            switch (node)
            {
                case MemberAccessExpression { Target: VariableExpression { Name: "$var" } } longForm:
                    // $var.name is the long form of $name.
                    accessors.Reverse();
                    return (new VariableExpression("$" + longForm.Member, longForm.Span), accessors);
                case MemberAccessExpression member:
                    accessors.Add(member);
                    node = member.Target;
                    continue;
                case IndexExpression index:
                    accessors.Add(index);
                    node = index.Target;
                    continue;
            }
            accessors.Reverse();
            return (node, accessors);
        }
    }

    /// <summary>A key of an object, or an index of a list given as ".0"; anything else reads null.</summary>
    public static XsValue Member(XsValue value, string key) => value.Kind switch
    {
        ValueKind.Object => value.AsObject.Get(key),
        ValueKind.Array when long.TryParse(key, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var index) => value.AsArray.At(index),
        _ => XsValue.Null,
    };

    /// <summary>A list element (negative counts from the end), an object key, or a character of text; out of range reads null.</summary>
    public static XsValue Index(XsValue value, XsValue index)
    {
        switch (value.Kind)
        {
            case ValueKind.Array when ValueConversions.TryToNumber(index, out var position):
                return value.AsArray.At((long)position.ToDouble());
            case ValueKind.Object:
                return value.AsObject.Get(ValueConversions.ToText(index));
            case ValueKind.Text when ValueConversions.TryToNumber(index, out var offset):
                var text = value.AsText;
                var at = (long)offset.ToDouble();
                if (at < 0)
                    at += text.Length;
                return at >= 0 && at < text.Length ? XsValue.Text(text[(int)at].ToString()) : XsValue.Null;
            default:
                return XsValue.Null;
        }
    }
}
