namespace Platform.Engine.Runtime.Execution;

/// <summary>How a statement or block ended: control flow travels as values, not exceptions.</summary>
internal enum Flow
{
    Normal,
    Break,
    Continue,
    Return,
}
