using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Data.Workspaces;

namespace Platform.Data.Tables;

internal sealed class WorkspaceTableConfiguration : IEntityTypeConfiguration<WorkspaceTable>
{
    public const int NameMaxLength = 100;
    public const int DescriptionMaxLength = 4000;

    public void Configure(EntityTypeBuilder<WorkspaceTable> builder)
    {
        builder.ToTable("workspace_tables");
        builder.Property(t => t.Name).HasMaxLength(NameMaxLength);
        builder.Property(t => t.NameKey).HasMaxLength(NameMaxLength);
        builder.HasIndex(t => new { t.WorkspaceId, t.NameKey }).IsUnique();
        builder.Property(t => t.Description).HasMaxLength(DescriptionMaxLength);
        builder.Property(t => t.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasOne<Workspace>().WithMany().HasForeignKey(t => t.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Fields).WithOne().HasForeignKey(f => f.TableId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Fields).AutoInclude();
    }
}

internal sealed class TableFieldConfiguration : IEntityTypeConfiguration<TableField>
{
    public const int NameMaxLength = 100;

    public void Configure(EntityTypeBuilder<TableField> builder)
    {
        builder.ToTable("table_fields");
        builder.Property(f => f.Name).HasMaxLength(NameMaxLength);
        builder.Property(f => f.Type).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.Description).HasMaxLength(WorkspaceTableConfiguration.DescriptionMaxLength);
        builder.PrimitiveCollection(f => f.EnumValues);
        builder.HasIndex(f => new { f.TableId, f.Name }).IsUnique();
        // NO ACTION, checked at the end of the statement: a workspace delete cascades through tables that refer to each
        // other, while deleting one referenced table on its own still fails (TableStore refuses it first, naming the field).
        builder.HasOne<WorkspaceTable>().WithMany().HasForeignKey(f => f.ReferenceTableId).OnDelete(DeleteBehavior.NoAction);
    }
}

internal sealed class WorkspaceRecordConfiguration : IEntityTypeConfiguration<WorkspaceRecord>
{
    public void Configure(EntityTypeBuilder<WorkspaceRecord> builder)
    {
        builder.ToTable("records");
        builder.HasKey(r => new { r.TableId, r.DatasourceId, r.Id });
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasIndex(r => new { r.TableId, r.DatasourceId, r.CreatedAt });
        builder.HasOne<WorkspaceTable>().WithMany().HasForeignKey(r => r.TableId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Datasource>().WithMany().HasForeignKey(r => r.DatasourceId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RecordSequenceConfiguration : IEntityTypeConfiguration<RecordSequence>
{
    public void Configure(EntityTypeBuilder<RecordSequence> builder)
    {
        builder.ToTable("record_sequences");
        builder.HasKey(s => new { s.TableId, s.DatasourceId });
        builder.HasOne<WorkspaceTable>().WithMany().HasForeignKey(s => s.TableId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Datasource>().WithMany().HasForeignKey(s => s.DatasourceId).OnDelete(DeleteBehavior.Cascade);
    }
}
