using System.Runtime.CompilerServices;
using Platform.Engine.Language;
using Platform.Engine.Language.Catalog;
using Platform.Engine.Language.Syntax;

namespace Platform.Engine.Tests.Runtime.Filters;

/// <summary>
/// One line of a <c>Cases/*.cases</c> file: <c>expression => expected</c>, where expected is the value as
/// <see cref="Engine.Runtime.Values.ValueDisplay"/> writes it (JSON; timestamps as bare UTC ISO), or
/// <c>error: text</c> for a run error whose message contains the text. Lines starting with # are comments.
/// </summary>
public sealed record FilterCase(string File, int Line, string Expression, string Expected)
{
    private const string Arrow = " => ";
    private const string ErrorPrefix = "error:";

    public bool ExpectsError => Expected.StartsWith(ErrorPrefix, StringComparison.Ordinal);

    public string ExpectedError => Expected[ErrorPrefix.Length..].Trim();

    public string Id => $"{File}:{Line}";

    public override string ToString() => $"{Id}  {Expression}";

    public static string Directory { get; } = Path.Combine(SourceDirectory(), "Cases");

    public static IReadOnlyList<FilterCase> All { get; } = Load();

    public static FilterCase Find(string id) => All.Single(c => c.Id == id);

    /// <summary>Every filter name (resolved through aliases) the expression calls.</summary>
    public IEnumerable<string> FilterNames()
    {
        var collector = new FilterNameCollector();
        collector.VisitExpression(XanoScriptParser.ParseExpression(Expression).Expression);
        return collector.Names.Select(name => FilterCatalog.Find(name)?.Name ?? name);
    }

    private static List<FilterCase> Load()
    {
        var cases = new List<FilterCase>();
        foreach (var path in System.IO.Directory.EnumerateFiles(Directory, "*.cases").Order(StringComparer.Ordinal))
        {
            var lines = System.IO.File.ReadAllLines(path);
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].Trim();
                if (line.Length == 0 || line.StartsWith('#'))
                    continue;
                var arrow = line.IndexOf(Arrow, StringComparison.Ordinal);
                if (arrow < 0)
                    throw new FormatException($"{Path.GetFileName(path)}:{i + 1}: a case needs 'expression => expected'.");
                cases.Add(new FilterCase(Path.GetFileName(path), i + 1, line[..arrow].Trim(), line[(arrow + Arrow.Length)..].Trim()));
            }
        }
        return cases;
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    private sealed class FilterNameCollector : SyntaxWalker
    {
        public List<string> Names { get; } = [];

        public override void VisitFilter(FilterCall filter)
        {
            Names.Add(filter.Name);
            base.VisitFilter(filter);
        }
    }
}
