using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Data.Identity;

namespace Platform.Data.Workspaces;

internal sealed class WorkspaceConfiguration : IEntityTypeConfiguration<Workspace>
{
    public void Configure(EntityTypeBuilder<Workspace> builder)
    {
        builder.Property(w => w.Name).HasMaxLength(WorkspaceNames.MaxLength);
        builder.Property(w => w.ConcurrencyStamp).IsConcurrencyToken();
        builder.Property(w => w.MaxRunSeconds).HasDefaultValue(Workspace.DefaultMaxRunSeconds);
        builder.HasOne<PlatformUser>().WithMany().HasForeignKey(w => w.CreatedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(w => w.Members).WithOne(m => m.Workspace).HasForeignKey(m => m.WorkspaceId);
        builder.HasMany(w => w.Datasources).WithOne().HasForeignKey(d => d.WorkspaceId);
    }
}
