using System.Text.Json;
using Microsoft.Playwright;

namespace Platform.E2E.Tests.Infrastructure;

/// <summary>A Monaco marker as the test reads it back through <c>monaco.editor.getModelMarkers</c>.</summary>
public sealed record MarkerData(string Code, string Message, int Line, int Column);

/// <summary>Reading and driving the task page's Monaco editor through Monaco's own API.</summary>
public sealed partial class PlatformPage
{
    public const string EditorId = "task-script-editor";
    private const string Editor = $"blazorMonaco.editor.getEditor('{EditorId}')";

    public Task WaitForEditorAttachedAsync() =>
        Page.Locator($"#{EditorId}[data-language=xanoscript]").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    public async Task<IReadOnlyList<MarkerData>> MarkersAsync()
    {
        var json = await Page.EvaluateAsync<string>($$"""
            () => JSON.stringify(monaco.editor.getModelMarkers({ resource: {{Editor}}.getModel().uri })
                .map(m => ({ code: String(m.code), message: m.message, line: m.startLineNumber, column: m.startColumn })))
            """);
        return JsonSerializer.Deserialize<List<MarkerData>>(json, JsonSerializerOptions.Web)!;
    }

    /// <summary>Waits until the markers satisfy the condition; fails after the timeout listing what was there.</summary>
    public async Task<IReadOnlyList<MarkerData>> WaitForMarkersAsync(Func<IReadOnlyList<MarkerData>, bool> condition, int timeoutMs = 1000)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var markers = await MarkersAsync();
            if (condition(markers))
                return markers;
            if (clock.ElapsedMilliseconds > timeoutMs)
                throw new TimeoutException($"After {timeoutMs} ms the markers were: {string.Join("; ", markers)}");
            await Task.Delay(20);
        }
    }

    public async Task WaitForEditorTextAsync(string expected, int timeoutMs = 5000)
    {
        try
        {
            await Page.WaitForFunctionAsync($"expected => {Editor}.getValue() === expected", expected, new() { Timeout = timeoutMs });
        }
        catch (TimeoutException)
        {
            Assert.Equal(expected, await EditorTextAsync());
            throw;
        }
    }

    /// <summary>Replaces the whole text, as a paste would.</summary>
    public Task SetEditorTextAsync(string text) =>
        Page.EvaluateAsync($"text => {{ const e = {Editor}; e.executeEdits('test', [{{ range: e.getModel().getFullModelRange(), text }}]); }}", text);

    public Task PutCursorAsync(int line, int column) =>
        Page.EvaluateAsync($"([line, column]) => {{ const e = {Editor}; e.setPosition({{ lineNumber: line, column }}); e.focus(); }}", new[] { line, column });

    public async Task<(int Line, int Column)> CursorAsync()
    {
        var position = await Page.EvaluateAsync<int[]>($"() => {{ const p = {Editor}.getPosition(); return [p.lineNumber, p.column]; }}");
        return (position[0], position[1]);
    }

    public Task WaitForCursorAsync(int line, int column) =>
        Page.WaitForFunctionAsync(
            $"([line, column]) => {{ const p = {Editor}.getPosition(); return p.lineNumber === line && p.column === column; }}",
            new[] { line, column }, new() { Timeout = 5000 });

    public Task<bool> EditorHasFocusAsync() => Page.EvaluateAsync<bool>($"() => {Editor}.hasTextFocus()");
}
