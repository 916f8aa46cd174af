using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Platform.Data.Identity;
using Platform.Data.Runs;
using Platform.Data.Secrets;
using Platform.Data.Tables;
using Platform.Data.Tasks;
using Platform.Data.Variables;
using Platform.Data.Workspaces;

namespace Platform.Data.Model;

/// <summary>
/// The model, shared by both providers. It only applies configurations; each provider has a subclass
/// that owns its migration set (see <c>Providers/</c>).
/// </summary>
public abstract class PlatformDbContext(DbContextOptions options) : IdentityUserContext<PlatformUser, Guid>(options)
{
    public DbSet<Workspace> Workspaces => Set<Workspace>();

    public DbSet<WorkspaceMember> WorkspaceMembers => Set<WorkspaceMember>();

    public DbSet<Datasource> Datasources => Set<Datasource>();

    public DbSet<TaskDefinition> Tasks => Set<TaskDefinition>();

    public DbSet<WorkspaceTable> Tables => Set<WorkspaceTable>();

    public DbSet<TableField> TableFields => Set<TableField>();

    public DbSet<WorkspaceRecord> Records => Set<WorkspaceRecord>();

    public DbSet<RecordSequence> RecordSequences => Set<RecordSequence>();

    public DbSet<TaskVersion> TaskVersions => Set<TaskVersion>();

    public DbSet<RunEntry> Runs => Set<RunEntry>();

    public DbSet<RunEvent> RunEvents => Set<RunEvent>();

    public DbSet<EngineNode> EngineNodes => Set<EngineNode>();

    public DbSet<WorkspaceVariable> WorkspaceVariables => Set<WorkspaceVariable>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<PlatformUser>().ToTable("users");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("user_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("user_tokens");
        builder.ApplyConfigurationsFromAssembly(typeof(PlatformDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Conventions.Add(_ => new SnakeCaseNamingConvention());
        configurationBuilder.Properties<WorkspaceRole>().HaveConversion<string>().HaveMaxLength(16);
    }
}
