using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Data.Identity;

namespace Platform.Data.Workspaces;

internal sealed class WorkspaceMemberConfiguration : IEntityTypeConfiguration<WorkspaceMember>
{
    public void Configure(EntityTypeBuilder<WorkspaceMember> builder)
    {
        builder.HasKey(m => new { m.WorkspaceId, m.UserId });
        builder.HasIndex(m => m.UserId);
        builder.HasOne<PlatformUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.SelectedDatasource).WithMany().HasForeignKey(m => m.SelectedDatasourceId)
            .OnDelete(DeleteBehavior.SetNull);
    }
}
