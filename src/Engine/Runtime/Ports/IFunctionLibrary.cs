using Platform.Engine.Language.Syntax;

namespace Platform.Engine.Runtime.Ports;

/// <summary>The workspace's functions, for function.run.</summary>
public interface IFunctionLibrary
{
    /// <summary>The parsed function of that name (its construct), or null when there is none.</summary>
    ValueTask<ConstructNode?> FindAsync(string name, CancellationToken cancellationToken);
}
