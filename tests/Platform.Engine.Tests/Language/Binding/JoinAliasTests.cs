using Platform.Engine.Language;
using Platform.Engine.Language.Binding;

namespace Platform.Engine.Tests.Language.Binding;

/// <summary>$db.alias.field inside a db.query that joins a table under that alias (reference §9).</summary>
public sealed class JoinAliasTests
{
    private static readonly StaticWorkspaceSchema Schema = new(
    [
        new TableInfo("user", [new FieldInfo("name", "text"), new FieldInfo("account_id", "int")]),
        new TableInfo("account", [new FieldInfo("title", "text")]),
    ]);

    private static List<(string Code, string Message)> TableDiagnostics(string query)
    {
        var script = "task t {\n  stack {\n" + query + "\n  }\n}\n";
        return [.. ScriptAnalyzer.Analyze(script, new AnalyzerOptions(Schema)).Diagnostics
            .Where(d => d.Code is "XS0304" or "XS0305" or "XS0317")
            .Select(d => (d.Code, d.Message))];
    }

    [Fact]
    public void Analyze_JoinAliasInWhereEvalAndJoinWhere_IsValid()
    {
        var diagnostics = TableDiagnostics("""
                db.query user {
                  join = {acc: {table: "account", type: "left", where: $db.acc.id == $db.user.account_id}}
                  where = $db.acc.title != null
                  eval = {account_title: $db.acc.title|to_lower}
                  sort = {"acc.title": "asc"}
                } as $rows
            """);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Analyze_UnknownFieldOfJoinedTable_IsReportedOnTheJoinedTable()
    {
        var diagnostics = TableDiagnostics("""
                db.query user {
                  join = {acc: {table: "account", where: $db.acc.id == $db.user.account_id}}
                  eval = {t: $db.acc.titel}
                } as $rows
            """);

        Assert.Equal([("XS0305", "The table 'account' has no field 'titel'.")], diagnostics);
    }

    [Fact]
    public void Analyze_UnknownJoinedTable_IsReported()
    {
        var diagnostics = TableDiagnostics("""
                db.query user {
                  join = {acc: {table: "acount", where: $db.acc.id == $db.user.account_id}}
                } as $rows
            """);

        Assert.Equal([("XS0304", "The workspace has no table 'acount'.")], diagnostics);
    }

    [Fact]
    public void Analyze_AliasOutsideTheQueryThatDeclaresIt_IsAnUnknownTable()
    {
        var diagnostics = TableDiagnostics("""
                db.query user {
                  join = {acc: {table: "account", where: $db.acc.id == $db.user.account_id}}
                } as $rows
                db.query user { where = $db.acc.title == "x" } as $other
            """);

        Assert.Equal([("XS0304", "The workspace has no table 'acc'.")], diagnostics);
    }
}
