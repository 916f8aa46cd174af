using Platform.Engine.Language.Text;

namespace Platform.Web.Model.Runs;

/// <summary>
/// Places run output on the lines of the script that ran. Entries from inside a function carry offsets into that
/// function's script, so they have no line here.
/// </summary>
public sealed class ScriptLines(string? script)
{
    private readonly SourceText? _text = script is null ? null : new SourceText(script);

    public int? LineOf(int offset, string? function) =>
        _text is null || function is not null || offset < 0 || offset > _text.Length ? null : _text.GetLinePosition(offset).Line;
}
