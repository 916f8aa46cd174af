using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class WorkspaceDataAndRuns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "max_run_seconds",
                table: "workspaces",
                type: "integer",
                nullable: false,
                defaultValue: 3600);

            migrationBuilder.AddColumn<DateTime>(
                name: "next_occurrence",
                table: "tasks",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "published_version",
                table: "tasks",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "settings_json",
                table: "tasks",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "runs",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    task_id = table.Column<int>(type: "integer", nullable: false),
                    workspace_id = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    datasource = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    trigger = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    scheduled_for = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    attempt = table.Column<int>(type: "integer", nullable: false, defaultValue: 1),
                    state = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    queued_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    not_before = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    node = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    lease = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: true),
                    lease_expires_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    cancel_requested = table.Column<bool>(type: "boolean", nullable: false, defaultValue: false),
                    started_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    finished_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    reason = table.Column<string>(type: "text", nullable: true),
                    result_json = table.Column<string>(type: "text", nullable: true),
                    log_json = table.Column<string>(type: "text", nullable: true),
                    trace_json = table.Column<string>(type: "text", nullable: true),
                    trace_omitted = table.Column<long>(type: "bigint", nullable: false, defaultValue: 0L),
                    error_code = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    error_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    error_message = table.Column<string>(type: "text", nullable: true),
                    error_line = table.Column<int>(type: "integer", nullable: true),
                    error_column = table.Column<int>(type: "integer", nullable: true),
                    error_limit = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    steps = table.Column<long>(type: "bigint", nullable: false, defaultValue: 0L),
                    database_calls = table.Column<long>(type: "bigint", nullable: false, defaultValue: 0L),
                    requests = table.Column<long>(type: "bigint", nullable: false, defaultValue: 0L),
                    duration_ms = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_runs", x => x.id);
                    table.ForeignKey(
                        name: "fk_runs_tasks_task_id",
                        column: x => x.task_id,
                        principalTable: "tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "task_versions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    task_id = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    script = table.Column<string>(type: "text", nullable: false),
                    settings_json = table.Column<string>(type: "text", nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    datasource_name = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    tags = table.Column<List<string>>(type: "text[]", nullable: false),
                    author_id = table.Column<Guid>(type: "uuid", nullable: true),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_task_versions", x => x.id);
                    table.ForeignKey(
                        name: "fk_task_versions_tasks_task_id",
                        column: x => x.task_id,
                        principalTable: "tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_task_versions_users_author_id",
                        column: x => x.author_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "workspace_tables",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    workspace_id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    name_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    concurrency_stamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workspace_tables", x => x.id);
                    table.ForeignKey(
                        name: "fk_workspace_tables_workspaces_workspace_id",
                        column: x => x.workspace_id,
                        principalTable: "workspaces",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "run_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    run_id = table.Column<long>(type: "bigint", nullable: false),
                    from_state = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    to_state = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    node = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    detail = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_run_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_run_events_runs_run_id",
                        column: x => x.run_id,
                        principalTable: "runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "record_sequences",
                columns: table => new
                {
                    table_id = table.Column<int>(type: "integer", nullable: false),
                    datasource_id = table.Column<int>(type: "integer", nullable: false),
                    last_id = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_record_sequences", x => new { x.table_id, x.datasource_id });
                    table.ForeignKey(
                        name: "fk_record_sequences_datasources_datasource_id",
                        column: x => x.datasource_id,
                        principalTable: "datasources",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_record_sequences_workspace_tables_table_id",
                        column: x => x.table_id,
                        principalTable: "workspace_tables",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "records",
                columns: table => new
                {
                    table_id = table.Column<int>(type: "integer", nullable: false),
                    datasource_id = table.Column<int>(type: "integer", nullable: false),
                    id = table.Column<long>(type: "bigint", nullable: false),
                    created_at = table.Column<long>(type: "bigint", nullable: false),
                    data = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_records", x => new { x.table_id, x.datasource_id, x.id });
                    table.ForeignKey(
                        name: "fk_records_datasources_datasource_id",
                        column: x => x.datasource_id,
                        principalTable: "datasources",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_records_workspace_tables_table_id",
                        column: x => x.table_id,
                        principalTable: "workspace_tables",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "table_fields",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    table_id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    is_list = table.Column<bool>(type: "boolean", nullable: false),
                    is_nullable = table.Column<bool>(type: "boolean", nullable: false),
                    is_required = table.Column<bool>(type: "boolean", nullable: false),
                    default_json = table.Column<string>(type: "text", nullable: true),
                    is_unique = table.Column<bool>(type: "boolean", nullable: false),
                    is_indexed = table.Column<bool>(type: "boolean", nullable: false),
                    enum_values = table.Column<List<string>>(type: "text[]", nullable: false),
                    reference_table_id = table.Column<int>(type: "integer", nullable: true),
                    position = table.Column<int>(type: "integer", nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_table_fields", x => x.id);
                    table.ForeignKey(
                        name: "fk_table_fields_workspace_tables_reference_table_id",
                        column: x => x.reference_table_id,
                        principalTable: "workspace_tables",
                        principalColumn: "id");
                    table.ForeignKey(
                        name: "fk_table_fields_workspace_tables_table_id",
                        column: x => x.table_id,
                        principalTable: "workspace_tables",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_tasks_next_occurrence",
                table: "tasks",
                column: "next_occurrence");

            migrationBuilder.CreateIndex(
                name: "ix_record_sequences_datasource_id",
                table: "record_sequences",
                column: "datasource_id");

            migrationBuilder.CreateIndex(
                name: "ix_records_datasource_id",
                table: "records",
                column: "datasource_id");

            migrationBuilder.CreateIndex(
                name: "ix_records_table_id_datasource_id_created_at",
                table: "records",
                columns: new[] { "table_id", "datasource_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_run_events_run_id",
                table: "run_events",
                column: "run_id");

            migrationBuilder.CreateIndex(
                name: "ix_runs_one_running_per_task",
                table: "runs",
                column: "task_id",
                unique: true,
                filter: "state = 'running'");

            migrationBuilder.CreateIndex(
                name: "ix_runs_state_not_before",
                table: "runs",
                columns: new[] { "state", "not_before" });

            migrationBuilder.CreateIndex(
                name: "ix_runs_task_id_id",
                table: "runs",
                columns: new[] { "task_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_runs_task_id_scheduled_for_attempt",
                table: "runs",
                columns: new[] { "task_id", "scheduled_for", "attempt" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_runs_task_id_state",
                table: "runs",
                columns: new[] { "task_id", "state" });

            migrationBuilder.CreateIndex(
                name: "ix_runs_workspace_id_state",
                table: "runs",
                columns: new[] { "workspace_id", "state" });

            migrationBuilder.CreateIndex(
                name: "ix_table_fields_reference_table_id",
                table: "table_fields",
                column: "reference_table_id");

            migrationBuilder.CreateIndex(
                name: "ix_table_fields_table_id_name",
                table: "table_fields",
                columns: new[] { "table_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_task_versions_author_id",
                table: "task_versions",
                column: "author_id");

            migrationBuilder.CreateIndex(
                name: "ix_task_versions_task_id_number",
                table: "task_versions",
                columns: new[] { "task_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_workspace_tables_workspace_id_name_key",
                table: "workspace_tables",
                columns: new[] { "workspace_id", "name_key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "record_sequences");

            migrationBuilder.DropTable(
                name: "records");

            migrationBuilder.DropTable(
                name: "run_events");

            migrationBuilder.DropTable(
                name: "table_fields");

            migrationBuilder.DropTable(
                name: "task_versions");

            migrationBuilder.DropTable(
                name: "runs");

            migrationBuilder.DropTable(
                name: "workspace_tables");

            migrationBuilder.DropIndex(
                name: "ix_tasks_next_occurrence",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "max_run_seconds",
                table: "workspaces");

            migrationBuilder.DropColumn(
                name: "next_occurrence",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "published_version",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "settings_json",
                table: "tasks");
        }
    }
}
