using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Data.Workspaces;

namespace Platform.Data.Identity;

internal sealed class PlatformUserConfiguration : IEntityTypeConfiguration<PlatformUser>
{
    public void Configure(EntityTypeBuilder<PlatformUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(100);
        builder.HasOne<Workspace>().WithMany().HasForeignKey(u => u.LastWorkspaceId).OnDelete(DeleteBehavior.SetNull);
    }
}
