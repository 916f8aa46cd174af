using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Data.Identity;
using Platform.Data.Workspaces;

namespace Platform.Data.Variables;

/// <summary>A workspace environment variable, read by scripts as <c>$env.NAME</c>. Its value is stored encrypted only.</summary>
public sealed class WorkspaceVariable
{
    public int Id { get; set; }

    public int WorkspaceId { get; set; }

    public required string Name { get; set; }

    /// <summary>The value as <see cref="Secrets.ISecretProtector.Protect"/> returned it; never the plain value.</summary>
    public required string ProtectedValue { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>Who last set the value; null once that user is deleted.</summary>
    public Guid? UpdatedById { get; set; }
}

internal sealed class WorkspaceVariableConfiguration : IEntityTypeConfiguration<WorkspaceVariable>
{
    public void Configure(EntityTypeBuilder<WorkspaceVariable> builder)
    {
        builder.Property(v => v.Name).HasMaxLength(VariableNames.MaxLength);
        builder.HasIndex(v => new { v.WorkspaceId, v.Name }).IsUnique();
        builder.HasOne<Workspace>().WithMany().HasForeignKey(v => v.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PlatformUser>().WithMany().HasForeignKey(v => v.UpdatedById).OnDelete(DeleteBehavior.SetNull);
    }
}
