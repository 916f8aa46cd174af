using System.Text.RegularExpressions;
using Platform.E2E.Tests.Infrastructure;
using Platform.Engine.Runtime.Functions;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Tests.Journeys;

/// <summary>
/// A task whose called function fails: Run now and the run's detail show the function and the line inside it under
/// the message, and the error link puts the cursor on the task's function.run statement.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class FunctionErrorJourneyTests(BrowserFixture browser, FunctionErrorJourneyTests.ServerWithFunctions fixture)
    : BrowserTests(browser), IClassFixture<FunctionErrorJourneyTests.ServerWithFunctions>
{
    private const string Checks = """
        function checks {
          stack {
            precondition (false) {
              error = "Not enough items"
            }
          }
        }
        """;

    private const string Calling = """
        task greeter {
          stack {
            var $count { value = 3 }
            function.run checks as $checked
          }
        }
        """;

    /// <summary>A server whose runs reach the function <c>checks</c>.</summary>
    public sealed class ServerWithFunctions : IAsyncLifetime
    {
        public PlatformServer Server { get; private set; } = null!;

        public Task InitializeAsync()
        {
            Server = PlatformServer.StartSqlite(PlatformServer.WithFunctions(InMemoryFunctionLibrary.FromSources([Checks])));
            return Task.CompletedTask;
        }

        public async Task DisposeAsync() => await Server.DisposeAsync();
    }

    protected override PlatformServer Server => fixture.Server;

    [Fact]
    public async Task RunNow_ErrorInsideAFunction_ShowsTheFunctionLine_LinkGoesToTheCall_RunDetailToo()
    {
        var ada = await OpenPageAsync();
        await ada.SignUpAsync("Ada", "ada-function-error@example.com");
        await Expect(ada.Page).ToHaveURLAsync(new Regex("/workspaces$"));
        await ada.CreateWorkspaceAsync("Functions");
        await ada.CreateTaskAsync("greeter");
        var page = ada.Page;

        await ada.ReplaceScriptAsync(Calling);
        await page.ClickAsync("[data-testid=run-now-start]");
        await Expect(page.Locator("[data-testid=run-now-state]")).ToHaveTextAsync("failed", new() { Timeout = 10_000 });
        // The function's line shows under the message, on a line of its own.
        var message = page.Locator("[data-testid=run-now-error-message]");
        await Expect(message).ToHaveTextAsync("Not enough items\nin function checks at 3:5");
        Assert.Equal("Not enough items\nin function checks at 3:5", await message.InnerTextAsync());
        await ada.ScreenshotAsync("function-error-01-runnow");

        // The link goes to the statement of the task that called the function.
        await Expect(page.Locator("[data-testid=run-now-error-link]")).ToHaveTextAsync("line 4, column 5");
        await page.ClickAsync("[data-testid=run-now-error-link]");
        await ada.WaitForCursorAsync(4, 5);

        // The stored run says the same.
        await page.Locator("[data-testid=run-row][data-state=failed]").First.ClickAsync();
        await Expect(page.Locator("[data-testid=run-detail-state]")).ToHaveTextAsync("failed");
        Assert.Equal("Not enough items\nin function checks at 3:5", await page.Locator("[data-testid=run-detail-error-message]").InnerTextAsync());
        await Expect(page.Locator("[data-testid=run-detail-error-place]")).ToHaveTextAsync(" at line 4, column 5");
        await ada.ScreenshotAsync("function-error-02-detail");
        Assert.Empty(Server.ServerErrors);
    }
}
