using System.Text;

namespace Platform.Engine.Language.Formatting;

/// <summary>Writes lines with two-space indentation, never leaving trailing spaces.</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _builder = new();
    private bool _atLineStart = true;

    public int Indent { get; set; }

    public int Column { get; private set; }

    public void Write(string text)
    {
        if (text.Length == 0)
            return;
        if (_atLineStart)
        {
            _builder.Append(' ', Indent * 2);
            Column = Indent * 2;
            _atLineStart = false;
        }
        _builder.Append(text);
        Column += text.Length;
    }

    public void NewLine()
    {
        _builder.Append('\n');
        _atLineStart = true;
        Column = 0;
    }

    /// <summary>An empty line, unless the output already ends with one.</summary>
    public void BlankLine()
    {
        if (!_atLineStart)
            NewLine();
        if (_builder.Length > 0 && !(_builder.Length >= 2 && _builder[^2] == '\n'))
            _builder.Append('\n');
    }

    /// <summary>A line at column 0 exactly as given (the body of multi-line text keeps its own indentation).</summary>
    public void RawLine(string text)
    {
        _builder.Append(text).Append('\n');
        _atLineStart = true;
        Column = 0;
    }

    public void Indented(Action write)
    {
        Indent++;
        write();
        Indent--;
    }

    public void TrimTrailingSpace()
    {
        while (_builder.Length > 0 && _builder[^1] == ' ')
        {
            _builder.Length--;
            Column--;
        }
    }

    public override string ToString() => _builder.ToString();
}
