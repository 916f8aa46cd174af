using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ClaimOrderIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_runs_state_not_before",
                table: "runs");

            migrationBuilder.CreateIndex(
                name: "ix_runs_state_not_before_id",
                table: "runs",
                columns: new[] { "state", "not_before", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
