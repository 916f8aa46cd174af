using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TableReferencesNoAction : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_table_fields_workspace_tables_reference_table_id",
                table: "table_fields");

            migrationBuilder.AddForeignKey(
                name: "fk_table_fields_workspace_tables_reference_table_id",
                table: "table_fields",
                column: "reference_table_id",
                principalTable: "workspace_tables",
                principalColumn: "id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_table_fields_workspace_tables_reference_table_id",
                table: "table_fields");

            migrationBuilder.AddForeignKey(
                name: "fk_table_fields_workspace_tables_reference_table_id",
                table: "table_fields",
                column: "reference_table_id",
                principalTable: "workspace_tables",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
