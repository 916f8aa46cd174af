using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Platform.Data.Identity;
using Platform.Web.Navigation;

namespace Platform.Web.Components.Account;

public sealed partial class SignUp
{
    private IReadOnlyList<string> _errors = [];
    private bool _isFirstUser;

    [Inject]
    public required TimeProvider Clock { get; init; }

    [SupplyParameterFromForm]
    private SignUpInput Input { get; set; } = default!;

    private string? Intro => _isFirstUser
        ? "Welcome to Platform. Create the first account to get started."
        : null;

    protected override async Task OnInitializedAsync()
    {
        Input ??= new();
        _isFirstUser = !await UserManager.Users.AnyAsync();
        if (IsSignedInGet)
            ReturnToApp();
    }

    private async Task SignUpAsync()
    {
        var email = Input.Email.Trim();
        var user = new PlatformUser
        {
            UserName = email,
            Email = email,
            DisplayName = Input.DisplayName.Trim(),
            CreatedAt = Clock.GetUtcNow().UtcDateTime,
        };
        var created = await UserManager.CreateAsync(user, Input.Password);
        if (!created.Succeeded)
        {
            // The user name is the email, so Identity reports a taken email twice; say it once.
            _errors = [.. created.Errors.Where(e => e.Code != nameof(IdentityErrorDescriber.DuplicateUserName)).Select(e => e.Description)];
            return;
        }
        await SignInManager.SignInAsync(user, isPersistent: false);
        ReturnToApp();
    }

    private sealed class SignUpInput
    {
        [Required(ErrorMessage = "Enter your name.")]
        [StringLength(100, ErrorMessage = "A name has at most 100 characters.")]
        public string DisplayName { get; set; } = "";

        [Required(ErrorMessage = "Enter your email.")]
        [EmailAddress(ErrorMessage = "Enter a valid email address, like name@example.com.")]
        [StringLength(256, ErrorMessage = "An email has at most 256 characters.")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Choose a password.")]
        [StringLength(128, MinimumLength = 8, ErrorMessage = "A password has between 8 and 128 characters.")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Type the password again.")]
        [Compare(nameof(Password), ErrorMessage = "The two passwords do not match.")]
        public string ConfirmPassword { get; set; } = "";
    }
}
