using System.Text.RegularExpressions;
using Platform.Engine.Language.Catalog;

namespace Platform.Web.Tests.Scripts;

/// <summary>
/// The Monarch tokenizer in wwwroot/js/xanoscript-monaco.js lists words by hand; these tests keep it in step with
/// the engine's catalogs, so a statement or construct added there is highlighted here too.
/// </summary>
public sealed partial class XanoScriptTokenizerTests
{
    private static readonly string Module = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "Web", "wwwroot", "js", "xanoscript-monaco.js"));

    [Fact]
    public void Constructs_EveryCatalogConstructIsListed()
    {
        var listed = WordList("constructs");
        var missed = ConstructCatalog.All.Select(c => c.Keyword).Where(k => !listed.Contains(k)).ToList();

        Assert.Empty(missed);
    }

    [Fact]
    public void Statements_EveryCatalogStatementIsHighlighted()
    {
        var keywords = WordList("keywords");
        var families = new Regex("^(?:" + StatementFamilies().Match(Module).Groups[1].Value + ")$", RegexOptions.None, TimeSpan.FromSeconds(1));

        var missed = StatementCatalog.All.Select(s => s.Name)
            .Where(name => name.Contains('.', StringComparison.Ordinal) ? !families.IsMatch(name) : !keywords.Contains(name))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(missed.Count == 0, "Not highlighted: " + string.Join(", ", missed));
    }

    [Fact]
    public void Clauses_EveryBlockClauseIsAKeyword()
    {
        var keywords = WordList("keywords");

        var missed = ConstructCatalog.All.SelectMany(c => c.Clauses)
            .Where(c => c.Kind != ClauseKind.Value)
            .Select(c => c.Name)
            .Where(name => !keywords.Contains(name))
            .Distinct();

        Assert.Empty(missed);
    }

    private static HashSet<string> WordList(string name)
    {
        var list = new Regex($@"const {name} = \[(.*?)\];", RegexOptions.Singleline, TimeSpan.FromSeconds(1)).Match(Module);
        Assert.True(list.Success, $"The module no longer declares `const {name} = [...]`.");
        return [.. Words().Matches(list.Groups[1].Value).Select(m => m.Groups[1].Value)];
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Platform.sln")))
            folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("Platform.sln not found above the test folder.");
    }

    [GeneratedRegex("\"([a-z_.]+)\"")]
    private static partial Regex Words();

    [GeneratedRegex(@"const statementFamilies = /(.*?)/;")]
    private static partial Regex StatementFamilies();
}
