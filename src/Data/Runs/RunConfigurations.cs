using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Data.Identity;
using Platform.Data.Tasks;
using Platform.Data.Workspaces;

namespace Platform.Data.Runs;

internal sealed class TaskVersionConfiguration : IEntityTypeConfiguration<TaskVersion>
{
    public const int NoteMaxLength = 2000;

    public void Configure(EntityTypeBuilder<TaskVersion> builder)
    {
        builder.ToTable("task_versions");
        builder.HasIndex(v => new { v.TaskId, v.Number }).IsUnique();
        builder.Property(v => v.Description).HasMaxLength(TaskDefinitionConfiguration.DescriptionMaxLength);
        builder.Property(v => v.DatasourceName).HasMaxLength(DatasourceConfiguration.NameMaxLength);
        builder.Property(v => v.Note).HasMaxLength(NoteMaxLength);
        builder.PrimitiveCollection(v => v.Tags);
        builder.HasOne<TaskDefinition>().WithMany().HasForeignKey(v => v.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PlatformUser>().WithMany().HasForeignKey(v => v.AuthorId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class RunEntryConfiguration : IEntityTypeConfiguration<RunEntry>
{
    public const int NameMaxLength = 32;
    public const int NodeMaxLength = 200;

    public void Configure(EntityTypeBuilder<RunEntry> builder)
    {
        builder.ToTable("runs");
        builder.Property(r => r.Datasource).HasMaxLength(DatasourceConfiguration.NameMaxLength);
        builder.Property(r => r.Trigger).HasMaxLength(NameMaxLength);
        builder.Property(r => r.State).HasMaxLength(NameMaxLength);
        builder.Property(r => r.Node).HasMaxLength(NodeMaxLength);
        builder.Property(r => r.Lease).HasMaxLength(36);
        builder.Property(r => r.ErrorCode).HasMaxLength(200);
        builder.Property(r => r.ErrorName).HasMaxLength(200);
        builder.Property(r => r.ErrorLimit).HasMaxLength(NameMaxLength);
        builder.Property(r => r.Attempt).HasDefaultValue(1);
        builder.Property(r => r.CancelRequested).HasDefaultValue(false);
        builder.Property(r => r.TraceOmitted).HasDefaultValue(0L);
        builder.Property(r => r.Steps).HasDefaultValue(0L);
        builder.Property(r => r.DatabaseCalls).HasDefaultValue(0L);
        builder.Property(r => r.Requests).HasDefaultValue(0L);
        // One occurrence, one run per attempt: a duplicate is impossible whatever the nodes do.
        builder.HasIndex(r => new { r.TaskId, r.ScheduledFor, r.Attempt }).IsUnique();
        // At most one running run per task, over all nodes.
        builder.HasIndex(r => r.TaskId, "ix_runs_one_running_per_task").IsUnique().HasFilter("state = 'running'");
        // The claim's order, unique: with not_before alone, a backlog due at one instant shares one key, and the deduplicated
        // posting lists cannot be marked dead until every run in them is claimed, so each claim re-reads the claimed ones.
        builder.HasIndex(r => new { r.State, r.NotBefore, r.Id });
        builder.HasIndex(r => new { r.TaskId, r.Id });
        // The scheduler counts each due task's queued and running runs; a task every second keeps 600,000 runs a week.
        builder.HasIndex(r => new { r.TaskId, r.State });
        builder.HasIndex(r => new { r.WorkspaceId, r.State });
        builder.HasOne<TaskDefinition>().WithMany().HasForeignKey(r => r.TaskId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RunEventConfiguration : IEntityTypeConfiguration<RunEvent>
{
    public void Configure(EntityTypeBuilder<RunEvent> builder)
    {
        builder.ToTable("run_events");
        builder.Property(e => e.FromState).HasMaxLength(RunEntryConfiguration.NameMaxLength);
        builder.Property(e => e.ToState).HasMaxLength(RunEntryConfiguration.NameMaxLength);
        builder.Property(e => e.Node).HasMaxLength(RunEntryConfiguration.NodeMaxLength);
        builder.HasIndex(e => e.RunId);
        builder.HasOne<RunEntry>().WithMany().HasForeignKey(e => e.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EngineNodeConfiguration : IEntityTypeConfiguration<EngineNode>
{
    public void Configure(EntityTypeBuilder<EngineNode> builder)
    {
        builder.ToTable("engine_nodes");
        builder.HasKey(n => n.Name);
        builder.Property(n => n.Name).HasMaxLength(RunEntryConfiguration.NodeMaxLength);
        builder.Property(n => n.Role).HasMaxLength(RunEntryConfiguration.NameMaxLength);
        builder.Property(n => n.Host).HasMaxLength(RunEntryConfiguration.NodeMaxLength);
        builder.Property(n => n.Version).HasMaxLength(100);
        // Cleaning up long-silent nodes looks them up by their last heartbeat.
        builder.HasIndex(n => n.LastHeartbeatAt);
    }
}
