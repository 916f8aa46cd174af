using System.Net;
using System.Text.RegularExpressions;
using Platform.E2E.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Tests.Journeys;

/// <summary>Sign-up, sign-in and sign-out answer bad input with clear messages and never save anything wrongly.</summary>
[Collection(E2ECollection.Name)]
public sealed class AccountTests(BrowserFixture browser, SqliteServerFixture fixture)
    : BrowserTests(browser), IClassFixture<SqliteServerFixture>
{
    protected override PlatformServer Server => fixture.Server;

    [Fact]
    public async Task SignUp_EmptyForm_SaysWhatEachFieldNeeds()
    {
        var user = await OpenPageAsync();

        await user.SignUpAsync("", "", "", "");

        await Expect(user.Page.Locator(".account-field-error")).ToHaveTextAsync(
            ["Enter your name.", "Enter your email.", "Choose a password.", "Type the password again."]);
        await Expect(user.Page).ToHaveURLAsync(new Regex("/account/signup$"));
    }

    [Fact]
    public async Task SignUp_BadValues_EachExplainedOnItsField()
    {
        var user = await OpenPageAsync();

        await user.SignUpAsync(new string('n', 101), "not-an-email", "short", "different");

        await Expect(user.Page.Locator(".account-field-error")).ToHaveTextAsync(
        [
            "A name has at most 100 characters.",
            "Enter a valid email address, like name@example.com.",
            "A password has between 8 and 128 characters.",
            "The two passwords do not match.",
        ]);
        Assert.True(Server.ServerErrors.IsEmpty, string.Join("\n", Server.ServerErrors));
    }

    [Fact]
    public async Task SignUp_WeakPassword_IdentitysRuleShown()
    {
        var user = await OpenPageAsync();

        await user.SignUpAsync("Weak", "weak@example.com", "onlyletters");

        await Expect(user.Page.Locator("[data-testid=form-error]")).ToHaveTextAsync("Passwords must have at least one digit ('0'-'9').");
    }

    [Fact]
    public async Task SignUp_EmailAlreadyTaken_SaidOnce()
    {
        var first = await OpenPageAsync();
        await first.SignUpAsync("First", "taken@example.com");
        await Expect(first.Page).ToHaveURLAsync(new Regex("/workspaces$"));

        var second = await OpenPageAsync();
        await second.SignUpAsync("Second", "TAKEN@example.com");

        await Expect(second.Page.Locator("[data-testid=form-error]")).ToHaveTextAsync("Email 'TAKEN@example.com' is already taken.");
    }

    [Fact]
    public async Task SignUp_TamperedAntiforgeryToken_RefusedWithANoticeAndNoAccount()
    {
        var user = await OpenPageAsync();
        await user.GotoAsync("/account/signup");
        await user.Page.FillAsync("#name", "Mallory");
        await user.Page.FillAsync("#email", "mallory@example.com");
        await user.Page.FillAsync("#password", PlatformPage.Password);
        await user.Page.FillAsync("#confirm", PlatformPage.Password);
        await user.Page.EvalOnSelectorAsync("input[name=__RequestVerificationToken]", "e => e.value = 'tampered'");

        await user.Page.ClickAsync("button[type=submit]");

        await Expect(user.Page).ToHaveURLAsync(new Regex("/account/signup\\?notice=form-expired$"));
        await Expect(user.Page.Locator("[data-testid=form-notice]")).ToContainTextAsync("security check failed");
        // Nothing was saved: the same email can still sign up.
        await user.SignUpAsync("Mallory", "mallory@example.com");
        await Expect(user.Page).ToHaveURLAsync(new Regex("/workspaces$"));
        Assert.True(Server.ServerErrors.IsEmpty, string.Join("\n", Server.ServerErrors));
    }

    [Fact]
    public async Task SignIn_PostWithoutToken_RedirectedBackNotAServerError()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(Server.BaseUrl) };

        var response = await client.PostAsync("/account/signin?ReturnUrl=%2Fworkspaces",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "signin", ["Input.Email"] = "x@example.com", ["Input.Password"] = "x" }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/signin?ReturnUrl=%2Fworkspaces&notice=form-expired", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SignIn_RepeatedWrongPasswords_LockTheAccountEvenForTheRightOne()
    {
        var owner = await OpenPageAsync();
        await owner.SignUpAsync("Locky", "locky@example.com");
        await Expect(owner.Page).ToHaveURLAsync(new Regex("/workspaces$"));

        var attacker = await OpenPageAsync();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await attacker.SignInAsync("locky@example.com", "wrong-password-1");
            await Expect(attacker.Page.Locator("[data-testid=form-error]")).ToHaveTextAsync("The email or password is incorrect.");
        }
        await attacker.SignInAsync("locky@example.com", "wrong-password-1");
        await Expect(attacker.Page.Locator("[data-testid=form-error]")).ToContainTextAsync("locked");

        await attacker.SignInAsync("locky@example.com");
        await Expect(attacker.Page.Locator("[data-testid=form-error]")).ToContainTextAsync("locked");
        await Expect(attacker.Page).ToHaveURLAsync(new Regex("/account/signin"));
    }

    [Fact]
    public async Task SignIn_OffsiteReturnUrl_IgnoredAndLandsInTheApp()
    {
        var user = await OpenPageAsync();
        await user.SignUpAsync("Rita", "rita@example.com");
        await user.WaitForInteractiveAsync();
        await user.SignOutAsync();

        await user.SignInAsync("rita@example.com", returnUrl: "//evil.example.com/phish");

        await Expect(user.Page).ToHaveURLAsync(new Regex($"^{Regex.Escape(Server.BaseUrl)}/workspaces$"));
    }

    [Fact]
    public async Task SignOut_TamperedToken_StaysSignedInWithANotice()
    {
        var user = await OpenPageAsync();
        await user.SignUpAsync("Sam", "sam@example.com");
        await user.WaitForInteractiveAsync();
        await user.Page.ClickAsync("[data-testid=user-menu] summary");
        await user.Page.EvalOnSelectorAsync("[data-testid=user-menu] input[name=__RequestVerificationToken]", "e => e.value = 'tampered'");

        await user.Page.ClickAsync("[data-testid=sign-out]");

        await Expect(user.Page).ToHaveURLAsync(new Regex("/account/signout\\?notice=form-expired$"));
        await user.GotoAsync("/workspaces");
        await Expect(user.Page).ToHaveURLAsync(new Regex("/workspaces$"));
    }

    [Fact]
    public async Task EveryAppPage_SignedOut_RedirectsToSignInWithTheReturnUrl()
    {
        var user = await OpenPageAsync();

        foreach (var path in new[] { "/workspaces", "/w/1/tasks", "/w/1/database", "/w/1/runs", "/w/1/settings" })
        {
            await user.GotoAsync(path);
            await Expect(user.Page).ToHaveURLAsync(new Regex($"/account/signin\\?ReturnUrl={Regex.Escape(Uri.EscapeDataString(path))}$"));
        }
    }
}
