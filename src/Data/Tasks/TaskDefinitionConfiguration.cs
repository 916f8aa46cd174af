using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Data.Identity;
using Platform.Data.Workspaces;
using Platform.Engine.Tasks;

namespace Platform.Data.Tasks;

internal sealed class TaskDefinitionConfiguration : IEntityTypeConfiguration<TaskDefinition>
{
    public const int DescriptionMaxLength = 4000;

    public void Configure(EntityTypeBuilder<TaskDefinition> builder)
    {
        builder.ToTable("tasks");
        builder.Property(t => t.Name).HasMaxLength(TaskNames.MaxLength);
        builder.Property(t => t.NameKey).HasMaxLength(TaskNames.MaxLength);
        builder.HasIndex(t => new { t.WorkspaceId, t.NameKey }).IsUnique();
        builder.Property(t => t.Description).HasMaxLength(DescriptionMaxLength);
        builder.Property(t => t.DatasourceName).HasMaxLength(DatasourceConfiguration.NameMaxLength);
        builder.PrimitiveCollection(t => t.Tags);
        builder.Property(t => t.ConcurrencyStamp).IsConcurrencyToken();
        builder.Property(t => t.SettingsJson).HasDefaultValue("");
        builder.HasIndex(t => t.NextOccurrence);
        builder.HasOne<Workspace>().WithMany().HasForeignKey(t => t.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PlatformUser>().WithMany().HasForeignKey(t => t.CreatedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<PlatformUser>().WithMany().HasForeignKey(t => t.UpdatedById).OnDelete(DeleteBehavior.SetNull);
    }
}
