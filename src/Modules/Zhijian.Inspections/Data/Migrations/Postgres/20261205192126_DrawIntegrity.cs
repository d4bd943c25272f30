using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zhijian.Inspections.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DrawIntegrity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Generation",
                schema: "inspections",
                table: "targets",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ReplacedInSeq",
                schema: "inspections",
                table: "targets",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Algorithm",
                schema: "inspections",
                table: "draws",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "zhijian-draw-v1");

            migrationBuilder.AddColumn<int>(
                name: "BasisSeq",
                schema: "inspections",
                table: "draws",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CancelReason",
                schema: "inspections",
                table: "draws",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "CancelledAt",
                schema: "inspections",
                table: "draws",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CancelledBy",
                schema: "inspections",
                table: "draws",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Kind",
                schema: "inspections",
                table: "draws",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<string>(
                name: "Library",
                schema: "inspections",
                table: "draws",
                type: "character varying(20000)",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PublicValueAt",
                schema: "inspections",
                table: "draws",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublicValueSource",
                schema: "inspections",
                table: "draws",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Replaces",
                schema: "inspections",
                table: "draws",
                type: "character varying(100000)",
                maxLength: 100000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Witnesses",
                schema: "inspections",
                table: "draws",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Removed",
                schema: "inspections",
                table: "draw_candidates",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "OfficerDrawSeq",
                schema: "inspections",
                table: "assignment_rounds",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Short",
                schema: "inspections",
                table: "assignment_rounds",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "officer_draws",
                schema: "inspections",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TaskId = table.Column<long>(type: "bigint", nullable: false),
                    Seq = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    SlotCount = table.Column<int>(type: "integer", nullable: false),
                    Frozen = table.Column<byte[]>(type: "bytea", nullable: false),
                    FrozenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Commitment = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SecretSealed = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Secret = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    PublicValueSource = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PublicValueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Witnesses = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CommittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CommittedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    DrawnAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DrawnBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    CancelledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CancelledBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    CancelReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_officer_draws", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "witnesses",
                schema: "inspections",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Unit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Role = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_witnesses", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_officer_draws_TaskId_Seq",
                schema: "inspections",
                table: "officer_draws",
                columns: new[] { "TaskId", "Seq" },
                unique: true);

            // Draws and targets made before v2: a draw after the first was a 补抽, and its targets replacements.
            migrationBuilder.Sql("UPDATE inspections.draws SET \"Kind\" = 2 WHERE \"Seq\" > 1");
            migrationBuilder.Sql("UPDATE inspections.targets SET \"Generation\" = 1 WHERE \"DrawSeq\" > 1");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "officer_draws",
                schema: "inspections");

            migrationBuilder.DropTable(
                name: "witnesses",
                schema: "inspections");

            migrationBuilder.DropColumn(
                name: "Generation",
                schema: "inspections",
                table: "targets");

            migrationBuilder.DropColumn(
                name: "ReplacedInSeq",
                schema: "inspections",
                table: "targets");

            migrationBuilder.DropColumn(
                name: "Algorithm",
                schema: "inspections",
                table: "draws");

            migrationBuilder.DropColumn(
                name: "BasisSeq",
                schema: "inspections",
                table: "draws");

            migrationBuilder.DropColumn(
                name: "CancelReason",
                schema: "inspections",
                table: "draws");

            migrationBuilder.DropColumn(
                name: "CancelledAt",
                schema: "inspections",
                table: "draws");

            migrationBuilder.DropColumn(
                name: "CancelledBy",
                schema: "inspections",
                table: "draws");

            migrationBuilder.DropColumn(
                name: "Kind",
                schema: "inspections",
                table: "draws");

            migrationBuilder.DropColumn(
                name: "Library",
                schema: "inspections",
                table: "draws");

            migrationBuilder.DropColumn(
                name: "PublicValueAt",
                schema: "inspections",
                table: "draws");

            migrationBuilder.DropColumn(
                name: "PublicValueSource",
                schema: "inspections",
                table: "draws");

            migrationBuilder.DropColumn(
                name: "Replaces",
                schema: "inspections",
                table: "draws");

            migrationBuilder.DropColumn(
                name: "Witnesses",
                schema: "inspections",
                table: "draws");

            migrationBuilder.DropColumn(
                name: "Removed",
                schema: "inspections",
                table: "draw_candidates");

            migrationBuilder.DropColumn(
                name: "OfficerDrawSeq",
                schema: "inspections",
                table: "assignment_rounds");

            migrationBuilder.DropColumn(
                name: "Short",
                schema: "inspections",
                table: "assignment_rounds");
        }
    }
}
