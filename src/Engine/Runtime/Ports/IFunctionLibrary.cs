using Platform.Engine.Language.Syntax;
using Platform.Engine.Language.Text;

namespace Platform.Engine.Runtime.Ports;

/// <summary>The workspace's functions, for function.run.</summary>
public interface IFunctionLibrary
{
    /// <summary>The parsed function of that name, or null when there is none.</summary>
    ValueTask<FunctionScript?> FindAsync(string name, CancellationToken cancellationToken);
}

/// <summary>A function's construct and the text it was parsed from (an error inside it is placed on that text's lines).</summary>
public sealed record FunctionScript(ConstructNode Construct, SourceText Text);
