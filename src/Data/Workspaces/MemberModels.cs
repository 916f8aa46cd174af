namespace Platform.Data.Workspaces;

/// <summary>A member of a workspace as the member list shows it. <see cref="IsYou"/> marks the user who asked.</summary>
public sealed record MemberSummary(Guid UserId, string DisplayName, string Email, WorkspaceRole Role, DateTime JoinedAt, bool IsYou)
{
    /// <summary>The display name, or the email when the account has none.</summary>
    public string Name => string.IsNullOrWhiteSpace(DisplayName) ? Email : DisplayName;
}
