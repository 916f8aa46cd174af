using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Data.Workspaces;

internal sealed class DatasourceConfiguration : IEntityTypeConfiguration<Datasource>
{
    public const int NameMaxLength = 40;

    public void Configure(EntityTypeBuilder<Datasource> builder)
    {
        builder.Property(d => d.Name).HasMaxLength(NameMaxLength);
        builder.HasIndex(d => new { d.WorkspaceId, d.Name }).IsUnique();
    }
}
