using System.Net;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Http;
using Platform.Engine.Runtime.Ports;
using Platform.Engine.Runtime.Sandbox;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Tests.Runtime.Http;

/// <summary>api.request against a real HTTP server on 127.0.0.1 (loopback allowed for these tests only).</summary>
public sealed class ApiRequestTests : IDisposable
{
    private readonly HttpClientGateway _gateway = new(new HttpPolicy { AllowLoopback = true });

    public void Dispose() => _gateway.Dispose();

    [Fact]
    public async Task Get_ParamsAndHeaders_GoInQueryStringAndJsonIsDecoded()
    {
        await using var server = new LoopbackHttpServer(LoopbackHttpServer.Json(200, """{"ok": true, "items": [1, 2]}""", ("X-Trace", "abc")));

        var result = await RunAsync($$"""
            api.request {
              url = "{{server.Url("/orders?existing=1")}}"
              params = {status: "open now", page: 2, tags: ["a"]}
              headers = ["Authorization: Bearer t0k", "X-Custom: yes"]
            } as $r
            return { value = $r }
            """);

        var received = Assert.Single(server.Received);
        Assert.Equal("GET", received.Method);
        Assert.Equal("/orders?existing=1&status=open%20now&page=2&tags=%5B%22a%22%5D", received.PathAndQuery);
        Assert.Equal("Bearer t0k", received.Headers["Authorization"]);
        Assert.Equal("yes", received.Headers["X-Custom"]);
        Assert.Equal("", received.Body);
        var response = Path(result, "response");
        Assert.Equal(200, Path(response, "status").AsInt);
        Assert.Equal("""{"ok":true,"items":[1,2]}""", JsonValues.Serialize(Path(response, "result")));
        Assert.Contains(Path(response, "headers").AsArray, h => h.AsText == "X-Trace: abc");
        var request = Path(result, "request");
        Assert.Equal("GET", Path(request, "method").AsText);
        Assert.Equal(server.Url("/orders?existing=1&status=open%20now&page=2&tags=%5B%22a%22%5D"), Path(request, "url").AsText);
        Assert.Equal("""["Authorization: Bearer t0k","X-Custom: yes"]""", JsonValues.Serialize(Path(request, "headers")));
        Assert.Equal("open now", Path(Path(request, "params"), "status").AsText);
    }

    [Fact]
    public async Task Post_Params_AreAJsonBody()
    {
        await using var server = new LoopbackHttpServer(LoopbackHttpServer.Json(201, """{"id": 7}"""));

        var result = await RunAsync($$"""
            api.request {
              url = "{{server.Url("/orders")}}"
              method = "post"
              params = {sku: "A-1", quantity: 2, gift: false}
            } as $r
            return { value = $r.response }
            """);

        var received = Assert.Single(server.Received);
        Assert.Equal("POST", received.Method);
        Assert.Equal("/orders", received.PathAndQuery);
        Assert.Equal("""{"sku":"A-1","quantity":2,"gift":false}""", received.Body);
        Assert.StartsWith("application/json", received.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Equal(201, Path(result, "status").AsInt);
        Assert.Equal(7, Path(Path(result, "result"), "id").AsInt);
    }

    [Fact]
    public async Task Put_FormContentType_SendsFormFields()
    {
        await using var server = new LoopbackHttpServer(LoopbackHttpServer.Json(200, "{}"));

        await RunAsync($$"""
            api.request {
              url = "{{server.Url("/form")}}"
              method = "PUT"
              params = {name: "Ada L", age: 36}
              headers = ["Content-Type: application/x-www-form-urlencoded"]
            } as $r
            """);

        var received = Assert.Single(server.Received);
        Assert.Equal("PUT", received.Method);
        Assert.Equal("name=Ada%20L&age=36", received.Body);
        Assert.StartsWith("application/x-www-form-urlencoded", received.Headers["Content-Type"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ErrorStatus_IsAResultNotAnError()
    {
        await using var server = new LoopbackHttpServer(LoopbackHttpServer.Json(404, """{"error": "missing"}"""));

        var result = await RunAsync($$"""
            api.request { url = "{{server.Url("/nothing")}}" } as $r
            return { value = $r.response }
            """);

        Assert.Equal(404, Path(result, "status").AsInt);
        Assert.Equal("missing", Path(Path(result, "result"), "error").AsText);
    }

    [Fact]
    public async Task TextBody_StaysText()
    {
        await using var server = new LoopbackHttpServer(async context =>
        {
            context.Response.ContentType = "text/plain";
            await context.Response.OutputStream.WriteAsync("""{"not": "decoded"}"""u8.ToArray());
            context.Response.Close();
        });

        var result = await RunAsync($$"""
            api.request { url = "{{server.Url("/text")}}" } as $r
            return { value = $r.response.result }
            """);

        Assert.Equal("""{"not": "decoded"}""", result.AsText);
    }

    [Fact]
    public async Task SlowServer_TimesOutWithAScriptError()
    {
        await using var server = new LoopbackHttpServer(async context =>
        {
            await Task.Delay(TimeSpan.FromSeconds(3));
            context.Response.Close();
        });

        var run = await RunScriptAsync($$"""
            api.request {
              url = "{{server.Url("/slow")}}"
              timeout = 0.3
            } as $r
            """);

        Assert.Equal(RunStatus.Failed, run.Status);
        Assert.Equal("api.request: The request to " + server.Url("/slow") + " got no answer within 0.3 seconds.", run.Failure!.Error.Message);
    }

    [Fact]
    public async Task RedirectToPrivateAddress_IsRefused_UnlessNotFollowed()
    {
        await using var server = new LoopbackHttpServer(context =>
        {
            context.Response.StatusCode = 302;
            context.Response.RedirectLocation = "http://10.0.0.1/secret";
            context.Response.Close();
            return Task.CompletedTask;
        });

        var followed = await RunScriptAsync($$"""api.request { url = "{{server.Url("/go")}}" } as $r""");
        var kept = await RunAsync($$"""
            api.request {
              url = "{{server.Url("/go")}}"
              follow_location = false
            } as $r
            return { value = $r.response.status }
            """);

        Assert.Equal(RunStatus.Failed, followed.Status);
        Assert.Contains("10.0.0.1 is a private address (10.0.0.0/8)", followed.Failure!.Error.Message, StringComparison.Ordinal);
        Assert.Equal(302, kept.AsInt);
    }

    [Fact]
    public async Task Requests_AreCountedAndLimited()
    {
        await using var server = new LoopbackHttpServer(LoopbackHttpServer.Json(200, "{}"));
        var script = $$"""
            api.request { url = "{{server.Url("/a")}}" } as $a
            api.request { url = "{{server.Url("/b")}}" } as $b
            """;

        var counted = await RunScriptAsync(script);
        var limited = await RunScriptAsync(script, TestRuns.Environment() with { Http = _gateway, Limits = RunLimits.Default with { Requests = 1 } });

        Assert.Equal(RunStatus.Succeeded, counted.Status);
        Assert.Equal(2, counted.Counters.Requests);
        Assert.Equal(RunStatus.Failed, limited.Status);
        Assert.Equal("requests", limited.Failure!.Limit);
        Assert.Equal(3, server.Received.Count);
    }

    [Theory]
    [InlineData("http://10.0.0.1/", "10.0.0.1 is a private address (10.0.0.0/8)")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a link-local address (169.254.0.0/16")]
    [InlineData("http://[::1]:9/", "::1 is a loopback address")]
    public async Task DefaultPolicy_RefusesBeforeConnecting(string url, string rule)
    {
        using var gateway = new HttpClientGateway();
        var request = new HttpRequestData("GET", new Uri(url), [], null, TimeSpan.FromSeconds(5));

        var refused = await Assert.ThrowsAsync<HttpGatewayException>(() => gateway.SendAsync(request, CancellationToken.None).AsTask());

        Assert.Contains("was refused: " + rule, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DefaultPolicy_RefusesARealLoopbackServer()
    {
        await using var server = new LoopbackHttpServer(LoopbackHttpServer.Json(200, "{}"));
        using var gateway = new HttpClientGateway();

        var refused = await Assert.ThrowsAsync<HttpGatewayException>(
            () => gateway.SendAsync(new HttpRequestData("GET", new Uri(server.Url("/")), [], null, TimeSpan.FromSeconds(5)), CancellationToken.None).AsTask());

        Assert.Contains("127.0.0.1 is a loopback address", refused.Message, StringComparison.Ordinal);
        Assert.Empty(server.Received);
    }

    [Fact]
    public async Task NoGateway_IsAClearError()
    {
        var run = await RunScriptAsync("""api.request { url = "https://example.com/" } as $r""", TestRuns.Environment());

        Assert.Equal("api.request: this run cannot make outgoing requests.", run.Failure!.Error.Message);
    }

    private static XsValue Path(XsValue value, string key) => value.AsObject.Get(key);

    private async Task<XsValue> RunAsync(string statements)
    {
        var run = await RunScriptAsync(statements);
        Assert.True(run.Status == RunStatus.Succeeded, run.Failure?.Error.Message);
        return run.Result;
    }

    private Task<RunResult> RunScriptAsync(string statements, RunEnvironment? environment = null) =>
        TestRuns.RunAsync($"task t {{\n  stack {{\n{statements}\n  }}\n}}\n", environment ?? TestRuns.Environment() with { Http = _gateway });
}
