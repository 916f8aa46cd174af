using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WorkspaceTables : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "workspace_tables",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    workspace_id = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    name_key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    concurrency_stamp = table.Column<Guid>(type: "TEXT", nullable: false)
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
                name: "record_sequences",
                columns: table => new
                {
                    table_id = table.Column<int>(type: "INTEGER", nullable: false),
                    datasource_id = table.Column<int>(type: "INTEGER", nullable: false),
                    last_id = table.Column<long>(type: "INTEGER", nullable: false)
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
                    table_id = table.Column<int>(type: "INTEGER", nullable: false),
                    datasource_id = table.Column<int>(type: "INTEGER", nullable: false),
                    id = table.Column<long>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    data = table.Column<string>(type: "TEXT", nullable: false)
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
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    table_id = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    is_list = table.Column<bool>(type: "INTEGER", nullable: false),
                    is_nullable = table.Column<bool>(type: "INTEGER", nullable: false),
                    is_required = table.Column<bool>(type: "INTEGER", nullable: false),
                    default_json = table.Column<string>(type: "TEXT", nullable: true),
                    is_unique = table.Column<bool>(type: "INTEGER", nullable: false),
                    is_indexed = table.Column<bool>(type: "INTEGER", nullable: false),
                    enum_values = table.Column<string>(type: "TEXT", nullable: false),
                    reference_table_id = table.Column<int>(type: "INTEGER", nullable: true),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_table_fields", x => x.id);
                    table.ForeignKey(
                        name: "fk_table_fields_workspace_tables_reference_table_id",
                        column: x => x.reference_table_id,
                        principalTable: "workspace_tables",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_table_fields_workspace_tables_table_id",
                        column: x => x.table_id,
                        principalTable: "workspace_tables",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

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
                name: "ix_table_fields_reference_table_id",
                table: "table_fields",
                column: "reference_table_id");

            migrationBuilder.CreateIndex(
                name: "ix_table_fields_table_id_name",
                table: "table_fields",
                columns: new[] { "table_id", "name" },
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
                name: "table_fields");

            migrationBuilder.DropTable(
                name: "workspace_tables");
        }
    }
}
