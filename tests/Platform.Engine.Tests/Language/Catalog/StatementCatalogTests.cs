using System.Text.RegularExpressions;
using Platform.Engine.Language.Catalog;

namespace Platform.Engine.Tests.Language.Catalog;

public sealed partial class StatementCatalogTests
{
    // Reference Appendix A, "Statement keywords known to the engine", with the brace groups written out.
    // comment is left out on purpose (it is a // line in source); the wildcard families are checked below.
    public static TheoryData<string> AppendixAStatements() =>
    [
        "action.call", "action.package.call", "addon.call", "ai.agent.run", "ai.external.mcp.server_details",
        "ai.external.mcp.tool.list", "ai.external.mcp.tool.run", "api.call", "api.lambda", "api.microservice",
        "api.realtime_event", "api.request", "api.stream", "array.difference", "array.every", "array.filter",
        "array.filter_count", "array.find", "array.find_index", "array.group_by", "array.has", "array.intersection",
        "array.map", "array.merge", "array.partition", "array.pop", "array.push", "array.shift", "array.union",
        "array.unshift", "await", "break", "cloud.algolia.request", "cloud.aws.opensearch.document",
        "cloud.aws.opensearch.query", "cloud.aws.opensearch.request", "cloud.elasticsearch.document",
        "cloud.elasticsearch.query", "cloud.elasticsearch.request", "cloud.job", "cloud.job.await", "cloud.job.status",
        "conditional", "continue", "datadog.log", "datadog.log_bulk", "datadog.metric", "datadog.metric_bulk", "db.add",
        "db.add_or_edit", "db.bulk.add", "db.bulk.delete", "db.bulk.patch", "db.bulk.update", "db.del", "db.direct_query",
        "db.edit", "db.external.mssql.direct_query", "db.external.mysql.direct_query", "db.external.oracle.direct_query",
        "db.external.postgres.direct_query", "db.external.snowflake.direct_query", "db.get", "db.has", "db.patch",
        "db.query", "db.schema", "db.set_datasource", "db.transaction", "db.truncate", "debug.log", "debug.stop", "for",
        "foreach", "foreach.remove", "function.call", "function.run", "group", "math.add", "math.bitwise.and",
        "math.bitwise.or", "math.bitwise.xor", "math.div", "math.mod", "math.mul", "math.sub", "middleware.call",
        "object.entries", "object.keys", "object.values", "precondition", "realtime.get_session", "realtime.publish",
        "redis.count", "redis.decr", "redis.del", "redis.get", "redis.has", "redis.incr", "redis.keys", "redis.pop",
        "redis.push", "redis.range", "redis.ratelimit", "redis.remove", "redis.set", "redis.shift", "redis.unshift",
        "return", "security.check_password", "security.create_auth_token", "security.create_curve_key",
        "security.create_password", "security.create_rsa_key", "security.create_secret_key", "security.create_uuid",
        "security.decrypt", "security.encrypt", "security.jwe_decode", "security.jwe_encode", "security.jws_decode",
        "security.jws_encode", "security.random_bytes", "security.random_number", "security.jwe_decode_legacy",
        "security.jwe_encode_legacy", "service.function.run", "storage.create_attachment", "storage.create_audio",
        "storage.create_file_resource", "storage.create_image", "storage.create_video", "storage.delete_file",
        "storage.read_file_resource", "storage.sign_private_url", "stream.from_csv", "stream.from_jsonl",
        "stream.from_request", "switch", "task.call", "text.append", "text.contains", "text.ends_with", "text.icontains",
        "text.iends_with", "text.istarts_with", "text.ltrim", "text.prepend", "text.rtrim", "text.starts_with",
        "text.trim", "throw", "tool.call", "trigger.call", "try_catch", "util.geo_distance", "util.get_all_input",
        "util.get_env", "util.get_input", "util.get_raw_input", "util.get_vars", "util.ip_lookup", "util.post_process",
        "util.send_email", "util.set_header", "util.sleep", "util.template_engine", "var", "var.update",
        "webflow.request", "while", "workflow_test.call", "zip.add_to_archive", "zip.create_archive",
        "zip.delete_from_archive", "zip.extract", "zip.view_contents",
    ];

    // The 18 assertions and to_throw of reference §6.9.
    public static TheoryData<string> ExpectStatements() =>
    [
        "expect.to_equal", "expect.to_not_equal", "expect.to_be_true", "expect.to_be_false", "expect.to_be_null",
        "expect.to_not_be_null", "expect.to_be_defined", "expect.to_not_be_defined", "expect.to_be_empty",
        "expect.to_be_greater_than", "expect.to_be_less_than", "expect.to_be_within", "expect.to_contain",
        "expect.to_start_with", "expect.to_end_with", "expect.to_match", "expect.to_be_in_the_past",
        "expect.to_be_in_the_future", "expect.to_throw",
    ];

    private static readonly string[] SharedWithoutMock = ["description", "disabled"];

    private static readonly string[] SharedWithMock = ["description", "disabled", "mock"];

    private static readonly string[] ConditionStatements =
        ["array.find", "array.find_index", "array.has", "array.every", "array.filter", "array.filter_count", "array.partition"];

    [Theory]
    [MemberData(nameof(AppendixAStatements))]
    public void Find_AppendixAKeyword_IsKnown(string name)
    {
        var statement = StatementCatalog.Find(name);

        Assert.NotNull(statement);
        Assert.Equal(name, statement.Name);
    }

    [Theory]
    [MemberData(nameof(ExpectStatements))]
    public void Find_ExpectAssertion_IsKnownAndTestOnly(string name)
    {
        var statement = StatementCatalog.Find(name);

        Assert.NotNull(statement);
        Assert.Equal(StatementSupport.TestOnly, statement.Support);
        Assert.False(statement.ProducesValue);
    }

    [Fact]
    public void Find_ExpectFamily_HasExactlyNineteenStatements()
    {
        Assert.Equal(19, StatementCatalog.All.Count(s => s.Name.StartsWith("expect.", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("cloud.aws.s3")]
    [InlineData("cloud.azure.storage")]
    [InlineData("cloud.google.storage")]
    public void Find_CloudFileStore_HasTheSixFileOperations(string prefix)
    {
        foreach (var operation in new[] { "delete_file", "get_file_info", "list_directory", "read_file", "sign_url", "upload_file" })
        {
            var statement = StatementCatalog.Find($"{prefix}.{operation}");
            Assert.NotNull(statement);
            Assert.Equal(StatementSupport.NotSupported, statement.Support);
            Assert.True(statement.ProducesValue);
        }
    }

    [Theory]
    [InlineData("comment")]
    [InlineData("remove")]
    [InlineData("db")]
    [InlineData("db.bulk")]
    [InlineData("if")]
    public void Find_NotAStatement_ReturnsNull(string name)
    {
        Assert.Null(StatementCatalog.Find(name));
    }

    [Theory]
    [InlineData("db")]
    [InlineData("db.bulk")]
    [InlineData("db.external.postgres")]
    [InlineData("math.bitwise")]
    [InlineData("cloud.aws")]
    [InlineData("expect")]
    public void IsNamespace_StatementPrefix_IsTrue(string prefix)
    {
        Assert.True(StatementCatalog.IsNamespace(prefix));
    }

    [Fact]
    public void All_Summary_IsOneLineEndingWithPeriod()
    {
        var bad = StatementCatalog.All
            .Where(s => string.IsNullOrWhiteSpace(s.Summary) || !s.Summary.EndsWith('.') || s.Summary.Contains('\n', StringComparison.Ordinal))
            .Select(s => s.Name);

        Assert.Empty(bad);
    }

    [Fact]
    public void All_Example_StartsWithOwnName()
    {
        var bad = StatementCatalog.All.Where(s => !StartsWithKeyword(s.Example, s.Name)).Select(s => s.Name);

        Assert.Empty(bad);
    }

    [Fact]
    public void All_Example_EndsWithAsBindingExactlyWhenProducingValue()
    {
        var bad = StatementCatalog.All
            .Where(s => AsBinding().IsMatch(s.Example) != s.ProducesValue)
            .Select(s => s.Name);

        Assert.Empty(bad);
    }

    [Fact]
    public void All_ExampleTopLevelAttributes_AreDeclaredAttributes()
    {
        var bad = StatementCatalog.All
            .SelectMany(s => TopLevelAttribute().Matches(s.Example).Select(m => (s.Name, Attribute: m.Groups[1].Value, Schema: s)))
            .Where(x => x.Schema.FindAttribute(x.Attribute) is null)
            .Select(x => $"{x.Name}.{x.Attribute}");

        Assert.Empty(bad);
    }

    [Fact]
    public void All_Example_SetsEveryRequiredAttribute()
    {
        var bad = StatementCatalog.All
            .SelectMany(s => s.Attributes.Where(a => a.Required).Select(a => (s.Name, a.Name, s.Example)))
            .Where(x => !x.Example.Contains($"\n  {x.Item2} = ", StringComparison.Ordinal))
            .Select(x => $"{x.Item1}.{x.Item2}");

        Assert.Empty(bad);
    }

    [Fact]
    public void All_Example_HasBalancedBracesAndTwoSpaceIndentation()
    {
        foreach (var statement in StatementCatalog.All)
        {
            Assert.Equal(statement.Example.Count(c => c == '{'), statement.Example.Count(c => c == '}'));
            Assert.All(statement.Example.Split('\n'), line => Assert.Equal(0, (line.Length - line.TrimStart(' ').Length) % 2));
            Assert.DoesNotContain('\t', statement.Example);
        }
    }

    [Fact]
    public void All_HasDescriptionAndDisabled()
    {
        Assert.All(StatementCatalog.All, s =>
        {
            Assert.Same(StatementCatalog.Description, s.FindAttribute("description"));
            Assert.Same(StatementCatalog.Disabled, s.FindAttribute("disabled"));
        });
    }

    [Fact]
    public void All_ValueProducingStatements_HaveMockAndOthersDoNot()
    {
        Assert.All(StatementCatalog.All, s => Assert.Equal(s.ProducesValue, s.FindAttribute("mock") is not null));
    }

    [Fact]
    public void All_SharedAttributes_ComeLast()
    {
        Assert.All(StatementCatalog.All, s =>
        {
            var tail = s.Attributes.Skip(s.Attributes.Count - (s.ProducesValue ? 3 : 2)).Select(a => a.Name);
            Assert.Equal(s.ProducesValue ? SharedWithMock : SharedWithoutMock, tail);
        });
    }

    [Fact]
    public void All_AttributeNames_AreUniqueWithinAStatement()
    {
        var bad = StatementCatalog.All
            .Where(s => s.Attributes.Select(a => a.Name).Distinct(StringComparer.Ordinal).Count() != s.Attributes.Count)
            .Select(s => s.Name);

        Assert.Empty(bad);
    }

    [Fact]
    public void All_AttributeSummaries_AreFilledIn()
    {
        Assert.All(StatementCatalog.All.SelectMany(s => s.Attributes), a => Assert.False(string.IsNullOrWhiteSpace(a.Summary)));
    }

    [Fact]
    public void All_DefaultsOfEnumeratedAttributes_AreAllowedValues()
    {
        var bad = StatementCatalog.All
            .SelectMany(s => s.Attributes.Where(a => a.AllowedValues is not null && a.Default is not null).Select(a => (s.Name, Attribute: a)))
            .Where(x => !x.Attribute.AllowedValues!.Contains(x.Attribute.Default!.Trim('"'), StringComparer.Ordinal))
            .Select(x => $"{x.Name}.{x.Attribute.Name}");

        Assert.Empty(bad);
    }

    [Fact]
    public void All_RequiredAttributes_HaveNoDefault()
    {
        Assert.All(StatementCatalog.All.SelectMany(s => s.Attributes).Where(a => a.Required), a => Assert.Null(a.Default));
    }

    [Fact]
    public void All_StatementsWithoutBraces_TakeOnlySharedAttributes()
    {
        Assert.All(StatementCatalog.All.Where(s => s.Body == StatementBody.None),
            s => Assert.All(s.Attributes, a => Assert.Contains(a.Name, SharedWithMock)));
    }

    [Fact]
    public void HasCondition_ExactlyTheArrayMatchers_WrittenWithoutBodyAfterAnExpression()
    {
        var withCondition = StatementCatalog.All.Where(s => s.HasCondition).ToList();

        Assert.Equal(ConditionStatements.Order(StringComparer.Ordinal), withCondition.Select(s => s.Name).Order(StringComparer.Ordinal));
        Assert.All(withCondition, s =>
        {
            Assert.Equal(StatementBody.None, s.Body);
            Assert.Equal(StatementTarget.Expression, s.Target);
            Assert.True(s.ProducesValue);
            Assert.Contains(") if (", s.Example, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void BodyOptional_GetEnvWithoutRequiredAttributes_IsTrue()
    {
        Assert.True(StatementCatalog.Find("util.get_env")!.BodyOptional);
        Assert.True(StatementCatalog.Find("security.create_uuid")!.BodyOptional);
        Assert.True(StatementCatalog.Find("function.run")!.BodyOptional);
    }

    [Fact]
    public void BodyOptional_VarWithRequiredValue_IsFalse()
    {
        var statement = StatementCatalog.Find("var")!;

        Assert.False(statement.BodyOptional);
        Assert.True(statement.FindAttribute("value")!.Required);
    }

    [Theory]
    [InlineData("var", StatementTarget.Variable, StatementBody.Attributes, false)]
    [InlineData("var.update", StatementTarget.Variable, StatementBody.Attributes, false)]
    [InlineData("math.bitwise.and", StatementTarget.Variable, StatementBody.Attributes, false)]
    [InlineData("text.trim", StatementTarget.Variable, StatementBody.Attributes, false)]
    [InlineData("text.contains", StatementTarget.Variable, StatementBody.Attributes, true)]
    [InlineData("array.push", StatementTarget.Variable, StatementBody.Attributes, false)]
    [InlineData("array.pop", StatementTarget.Variable, StatementBody.Attributes, true)]
    [InlineData("array.map", StatementTarget.Expression, StatementBody.Attributes, true)]
    [InlineData("array.union", StatementTarget.Expression, StatementBody.Attributes, true)]
    [InlineData("precondition", StatementTarget.Expression, StatementBody.Attributes, false)]
    [InlineData("expect.to_equal", StatementTarget.Expression, StatementBody.Attributes, false)]
    [InlineData("conditional", StatementTarget.None, StatementBody.Conditional, false)]
    [InlineData("switch", StatementTarget.Expression, StatementBody.Switch, false)]
    [InlineData("foreach", StatementTarget.Expression, StatementBody.Each, false)]
    [InlineData("for", StatementTarget.Expression, StatementBody.Each, false)]
    [InlineData("while", StatementTarget.Expression, StatementBody.While, false)]
    [InlineData("try_catch", StatementTarget.None, StatementBody.TryCatch, false)]
    [InlineData("group", StatementTarget.None, StatementBody.Stack, false)]
    [InlineData("db.transaction", StatementTarget.None, StatementBody.Stack, false)]
    [InlineData("util.post_process", StatementTarget.None, StatementBody.Stack, false)]
    [InlineData("break", StatementTarget.None, StatementBody.None, false)]
    [InlineData("foreach.remove", StatementTarget.None, StatementBody.None, false)]
    [InlineData("db.query", StatementTarget.Name, StatementBody.Attributes, true)]
    [InlineData("db.bulk.add", StatementTarget.Name, StatementBody.Attributes, true)]
    [InlineData("db.schema", StatementTarget.Name, StatementBody.Attributes, true)]
    [InlineData("db.del", StatementTarget.Name, StatementBody.Attributes, false)]
    [InlineData("db.truncate", StatementTarget.Name, StatementBody.Attributes, false)]
    [InlineData("db.set_datasource", StatementTarget.None, StatementBody.Attributes, false)]
    [InlineData("db.direct_query", StatementTarget.None, StatementBody.Attributes, true)]
    [InlineData("function.run", StatementTarget.Name, StatementBody.Attributes, true)]
    [InlineData("api.call", StatementTarget.Name, StatementBody.Attributes, true)]
    [InlineData("ai.agent.run", StatementTarget.Name, StatementBody.Attributes, true)]
    [InlineData("api.request", StatementTarget.None, StatementBody.Attributes, true)]
    [InlineData("util.send_email", StatementTarget.None, StatementBody.Attributes, true)]
    [InlineData("await", StatementTarget.None, StatementBody.Attributes, true)]
    [InlineData("redis.set", StatementTarget.None, StatementBody.Attributes, false)]
    [InlineData("expect.to_throw", StatementTarget.None, StatementBody.Stack, false)]
    public void Find_Statement_HasExpectedShape(string name, StatementTarget target, StatementBody body, bool producesValue)
    {
        var statement = StatementCatalog.Find(name)!;

        Assert.Equal(target, statement.Target);
        Assert.Equal(body, statement.Body);
        Assert.Equal(producesValue, statement.ProducesValue);
    }

    [Theory]
    [InlineData("var", StatementSupport.Supported)]
    [InlineData("db.query", StatementSupport.Supported)]
    [InlineData("db.bulk.delete", StatementSupport.Supported)]
    [InlineData("api.request", StatementSupport.Supported)]
    [InlineData("util.send_email", StatementSupport.Supported)]
    [InlineData("security.jwe_encode", StatementSupport.Supported)]
    [InlineData("function.run", StatementSupport.Supported)]
    [InlineData("db.direct_query", StatementSupport.NotSupported)]
    [InlineData("db.external.postgres.direct_query", StatementSupport.NotSupported)]
    [InlineData("redis.get", StatementSupport.NotSupported)]
    [InlineData("storage.create_image", StatementSupport.NotSupported)]
    [InlineData("api.lambda", StatementSupport.NotSupported)]
    [InlineData("util.ip_lookup", StatementSupport.NotSupported)]
    [InlineData("util.set_header", StatementSupport.NotSupported)]
    [InlineData("service.function.run", StatementSupport.NotSupported)]
    [InlineData("api.microservice", StatementSupport.NotSupported)]
    [InlineData("cloud.job", StatementSupport.NotSupported)]
    [InlineData("api.call", StatementSupport.TestOnly)]
    [InlineData("function.call", StatementSupport.TestOnly)]
    [InlineData("task.call", StatementSupport.TestOnly)]
    [InlineData("tool.call", StatementSupport.TestOnly)]
    [InlineData("addon.call", StatementSupport.TestOnly)]
    [InlineData("middleware.call", StatementSupport.TestOnly)]
    [InlineData("trigger.call", StatementSupport.TestOnly)]
    [InlineData("workflow_test.call", StatementSupport.TestOnly)]
    [InlineData("action.call", StatementSupport.TestOnly)]
    public void Find_Statement_HasExpectedSupport(string name, StatementSupport support)
    {
        Assert.Equal(support, StatementCatalog.Find(name)!.Support);
    }

    [Theory]
    [InlineData("redis.")]
    [InlineData("storage.")]
    [InlineData("zip.")]
    [InlineData("cloud.")]
    [InlineData("ai.")]
    [InlineData("realtime.")]
    [InlineData("datadog.")]
    [InlineData("stream.")]
    [InlineData("db.external.")]
    public void All_ServiceFamily_IsNotSupported(string prefix)
    {
        var family = StatementCatalog.All.Where(s => s.Name.StartsWith(prefix, StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(family);
        Assert.All(family, s => Assert.Equal(StatementSupport.NotSupported, s.Support));
    }

    [Theory]
    [InlineData("math.")]
    [InlineData("text.")]
    [InlineData("object.")]
    [InlineData("array.")]
    [InlineData("security.")]
    public void All_CoreFamily_IsSupported(string prefix)
    {
        Assert.All(StatementCatalog.All.Where(s => s.Name.StartsWith(prefix, StringComparison.Ordinal)),
            s => Assert.Equal(StatementSupport.Supported, s.Support));
    }

    [Fact]
    public void DbQuery_Attributes_MatchReference()
    {
        var query = StatementCatalog.Find("db.query")!;

        Assert.Equal(AttributeType.Query, query.FindAttribute("where")!.Type);
        Assert.Equal(AttributeType.Query, query.FindAttribute("search")!.Type);
        Assert.Equal(AttributeType.Query, query.FindAttribute("additional_where")!.Type);
        Assert.Equal(AttributeType.Object, query.FindAttribute("join")!.Type);
        Assert.Equal(AttributeType.Object, query.FindAttribute("eval")!.Type);
        Assert.Equal(AttributeType.Object, query.FindAttribute("sort")!.Type);
        Assert.Equal(AttributeType.Any, query.FindAttribute("override_sort")!.Type);
        Assert.Equal(AttributeType.Array, query.FindAttribute("output")!.Type);
        Assert.Equal(AttributeType.Array, query.FindAttribute("addon")!.Type);
        Assert.Equal(AttributeType.Bool, query.FindAttribute("lock")!.Type);
        Assert.Equal("false", query.FindAttribute("lock")!.Default);
        Assert.Equal(AttributeType.Object, query.FindAttribute("return")!.Type);
        Assert.True(query.BodyOptional);
    }

    [Theory]
    [InlineData("db.get")]
    [InlineData("db.has")]
    [InlineData("db.edit")]
    [InlineData("db.patch")]
    [InlineData("db.add_or_edit")]
    [InlineData("db.del")]
    public void FieldAddressedStatement_FieldNameDefaultsToIdAndFieldValueIsRequired(string name)
    {
        var statement = StatementCatalog.Find(name)!;

        Assert.Equal("\"id\"", statement.FindAttribute("field_name")!.Default);
        Assert.False(statement.FindAttribute("field_name")!.Required);
        Assert.True(statement.FindAttribute("field_value")!.Required);
    }

    [Theory]
    [InlineData("db.bulk.add")]
    [InlineData("db.bulk.update")]
    [InlineData("db.bulk.patch")]
    public void BulkWrite_UsesItemsNotData(string name)
    {
        var statement = StatementCatalog.Find(name)!;

        Assert.True(statement.FindAttribute("items")!.Required);
        Assert.Null(statement.FindAttribute("data"));
        Assert.Null(statement.FindAttribute("where"));
    }

    [Fact]
    public void DisagreementResolutions_FollowLanguageServerAndEngine()
    {
        Assert.Equal(AttributeType.Query, StatementCatalog.Find("db.bulk.delete")!.FindAttribute("where")!.Type);
        Assert.NotNull(StatementCatalog.Find("db.set_datasource")!.FindAttribute("value"));
        Assert.Null(StatementCatalog.Find("db.set_datasource")!.FindAttribute("name"));
        Assert.Null(StatementCatalog.Find("db.transaction")!.FindAttribute("isolation"));
        Assert.True(StatementCatalog.Find("db.direct_query")!.FindAttribute("arg")!.Repeatable);
        Assert.True(StatementCatalog.Find("db.external.snowflake.direct_query")!.FindAttribute("arg")!.Repeatable);
        Assert.False(StatementCatalog.Find("throw")!.FindAttribute("name")!.Required);
        Assert.True(StatementCatalog.Find("throw")!.FindAttribute("value")!.Required);
        Assert.NotNull(StatementCatalog.Find("function.run")!.FindAttribute("runtime_mode"));
        Assert.Null(StatementCatalog.Find("function.run")!.FindAttribute("async"));
        Assert.NotNull(StatementCatalog.Find("await")!.FindAttribute("ids"));
        Assert.Null(StatementCatalog.Find("remove"));
        Assert.NotNull(StatementCatalog.Find("zip.add_to_archive")!.FindAttribute("zip"));
        Assert.Null(StatementCatalog.Find("zip.add_to_archive")!.FindAttribute("archive"));
    }

    [Fact]
    public void Precondition_ErrorType_ListsTheKnownTypes()
    {
        var errorType = StatementCatalog.Find("precondition")!.FindAttribute("error_type")!;

        Assert.Equal("\"standard\"", errorType.Default);
        Assert.Equal(
            ["standard", "inputerror", "badrequest", "unauthorized", "accessdenied", "notfound", "toomanyrequests", "servererror"],
            errorType.AllowedValues);
    }

    [Fact]
    public void ApiRequest_DefaultsFollowEngine()
    {
        var request = StatementCatalog.Find("api.request")!;

        Assert.True(request.FindAttribute("url")!.Required);
        Assert.Equal("\"GET\"", request.FindAttribute("method")!.Default);
        Assert.Equal(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"], request.FindAttribute("method")!.AllowedValues);
        Assert.Equal("10", request.FindAttribute("timeout")!.Default);
        Assert.Equal("[]", request.FindAttribute("headers")!.Default);
        Assert.Equal("true", request.FindAttribute("follow_location")!.Default);
    }

    [Fact]
    public void SendEmail_ProviderIsXanoOrResend()
    {
        var email = StatementCatalog.Find("util.send_email")!;

        Assert.Equal("\"xano\"", email.FindAttribute("service_provider")!.Default);
        Assert.Equal(["xano", "resend"], email.FindAttribute("service_provider")!.AllowedValues);
        Assert.True(email.FindAttribute("subject")!.Required);
        Assert.True(email.FindAttribute("message")!.Required);
    }

    [Fact]
    public void All_TargetOptional_IsNeverSet()
    {
        Assert.DoesNotContain(StatementCatalog.All, s => s.TargetOptional);
    }

    private static bool StartsWithKeyword(string example, string name)
    {
        var text = example.StartsWith('!') ? example[1..] : example;
        return text == name || text.StartsWith(name + " ", StringComparison.Ordinal) || text.StartsWith(name + "\n", StringComparison.Ordinal);
    }

    [GeneratedRegex(@" as \$[a-z_][a-z0-9_]*$")]
    private static partial Regex AsBinding();

    [GeneratedRegex(@"^  ([A-Za-z_][A-Za-z0-9_]*) = ", RegexOptions.Multiline)]
    private static partial Regex TopLevelAttribute();
}
