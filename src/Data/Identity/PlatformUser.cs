using Microsoft.AspNetCore.Identity;

namespace Platform.Data.Identity;

/// <summary>A person who signs in. Identity owns the credentials; we add what the workspace UI remembers.</summary>
public sealed class PlatformUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    /// <summary>The workspace opened last, so the next sign-in lands there.</summary>
    public int? LastWorkspaceId { get; set; }
}
