using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EngineNodesAndClaimOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_runs_state_not_before",
                table: "runs");

            migrationBuilder.CreateTable(
                name: "engine_nodes",
                columns: table => new
                {
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    host = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    process_id = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    started_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    last_heartbeat_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    running = table.Column<int>(type: "integer", nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: false),
                    runs_enqueued = table.Column<long>(type: "bigint", nullable: false),
                    runs_skipped = table.Column<long>(type: "bigint", nullable: false),
                    runs_started = table.Column<long>(type: "bigint", nullable: false),
                    runs_succeeded = table.Column<long>(type: "bigint", nullable: false),
                    runs_failed = table.Column<long>(type: "bigint", nullable: false),
                    runs_timed_out = table.Column<long>(type: "bigint", nullable: false),
                    runs_cancelled = table.Column<long>(type: "bigint", nullable: false),
                    start_lag_mean_ms = table.Column<double>(type: "double precision", nullable: false),
                    start_lag_max_ms = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_engine_nodes", x => x.name);
                });

            migrationBuilder.CreateIndex(
                name: "ix_runs_state_not_before_id",
                table: "runs",
                columns: new[] { "state", "not_before", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_engine_nodes_last_heartbeat_at",
                table: "engine_nodes",
                column: "last_heartbeat_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "engine_nodes");

            migrationBuilder.DropIndex(
                name: "ix_runs_state_not_before_id",
                table: "runs");

            migrationBuilder.CreateIndex(
                name: "ix_runs_state_not_before",
                table: "runs",
                columns: new[] { "state", "not_before" });
        }
    }
}
