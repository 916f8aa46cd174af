namespace Platform.Engine.Runtime.Templates;

/// <summary>A template that cannot be parsed or rendered: the message and the template line it concerns (1-based).</summary>
public sealed class TemplateException : Exception
{
    public TemplateException(string message, int line)
        : base(message)
    {
        Line = line;
    }

    public TemplateException()
        : this("The template is not valid.", 1)
    {
    }

    public TemplateException(string message)
        : this(message, 1)
    {
    }

    public TemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
        Line = 1;
    }

    public int Line { get; }
}
