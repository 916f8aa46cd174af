using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Platform.Data.Identity;
using Platform.Web.Navigation;

namespace Platform.Web.Components.Account;

public sealed partial class SignIn
{
    private IReadOnlyList<string> _errors = [];

    [SupplyParameterFromForm]
    private SignInInput Input { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        Input ??= new();
        if (!HttpMethods.IsGet(HttpContext.Request.Method))
            return;
        if (IsSignedInGet)
            ReturnToApp();
        else if (!await UserManager.Users.AnyAsync())
            Navigation.NavigateTo(AccountUrls.SignUpFor(ReturnUrl)); // First run: nobody can sign in yet.
    }

    private async Task SignInAsync()
    {
        var user = await UserManager.FindByEmailAsync(Input.Email.Trim());
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await SignInManager.PasswordSignInAsync(user, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            ReturnToApp();
            return;
        }
        _errors = result.IsLockedOut
            ? ["Too many failed attempts: this account is locked for a few minutes. Try again later."]
            : ["The email or password is incorrect."];
    }

    private sealed class SignInInput
    {
        [Required(ErrorMessage = "Enter your email.")]
        [StringLength(256, ErrorMessage = "An email has at most 256 characters.")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter your password.")]
        [StringLength(128, ErrorMessage = "A password has at most 128 characters.")]
        public string Password { get; set; } = "";

        public bool RememberMe { get; set; }
    }
}
