using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Platform.Data.Migrations.Postgres
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
