using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhijian.Inspections.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DrawIntegrity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Generation",
                table: "inspections_targets",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ReplacedInSeq",
                table: "inspections_targets",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Algorithm",
                table: "inspections_draws",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "zhijian-draw-v1");

            migrationBuilder.AddColumn<int>(
                name: "BasisSeq",
                table: "inspections_draws",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CancelReason",
                table: "inspections_draws",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "CancelledAt",
                table: "inspections_draws",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CancelledBy",
                table: "inspections_draws",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Kind",
                table: "inspections_draws",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<string>(
                name: "Library",
                table: "inspections_draws",
                type: "TEXT",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "PublicValueAt",
                table: "inspections_draws",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublicValueSource",
                table: "inspections_draws",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Replaces",
                table: "inspections_draws",
                type: "TEXT",
                maxLength: 100000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Witnesses",
                table: "inspections_draws",
                type: "TEXT",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Removed",
                table: "inspections_draw_candidates",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "OfficerDrawSeq",
                table: "inspections_assignment_rounds",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Short",
                table: "inspections_assignment_rounds",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "inspections_officer_draws",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TaskId = table.Column<long>(type: "INTEGER", nullable: false),
                    Seq = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    SlotCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Frozen = table.Column<byte[]>(type: "BLOB", nullable: false),
                    FrozenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Commitment = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SecretSealed = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Secret = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PublicValueSource = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PublicValueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Witnesses = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CommittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CommittedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DrawnAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DrawnBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelledBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspections_officer_draws", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inspections_witnesses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspections_witnesses", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_inspections_officer_draws_TaskId_Seq",
                table: "inspections_officer_draws",
                columns: new[] { "TaskId", "Seq" },
                unique: true);

            // Draws and targets made before v2: a draw after the first was a 补抽, and its targets replacements.
            migrationBuilder.Sql("UPDATE \"inspections_draws\" SET \"Kind\" = 2 WHERE \"Seq\" > 1");
            migrationBuilder.Sql("UPDATE \"inspections_targets\" SET \"Generation\" = 1 WHERE \"DrawSeq\" > 1");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inspections_officer_draws");

            migrationBuilder.DropTable(
                name: "inspections_witnesses");

            migrationBuilder.DropColumn(
                name: "Generation",
                table: "inspections_targets");

            migrationBuilder.DropColumn(
                name: "ReplacedInSeq",
                table: "inspections_targets");

            migrationBuilder.DropColumn(
                name: "Algorithm",
                table: "inspections_draws");

            migrationBuilder.DropColumn(
                name: "BasisSeq",
                table: "inspections_draws");

            migrationBuilder.DropColumn(
                name: "CancelReason",
                table: "inspections_draws");

            migrationBuilder.DropColumn(
                name: "CancelledAt",
                table: "inspections_draws");

            migrationBuilder.DropColumn(
                name: "CancelledBy",
                table: "inspections_draws");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "inspections_draws");

            migrationBuilder.DropColumn(
                name: "Library",
                table: "inspections_draws");

            migrationBuilder.DropColumn(
                name: "PublicValueAt",
                table: "inspections_draws");

            migrationBuilder.DropColumn(
                name: "PublicValueSource",
                table: "inspections_draws");

            migrationBuilder.DropColumn(
                name: "Replaces",
                table: "inspections_draws");

            migrationBuilder.DropColumn(
                name: "Witnesses",
                table: "inspections_draws");

            migrationBuilder.DropColumn(
                name: "Removed",
                table: "inspections_draw_candidates");

            migrationBuilder.DropColumn(
                name: "OfficerDrawSeq",
                table: "inspections_assignment_rounds");

            migrationBuilder.DropColumn(
                name: "Short",
                table: "inspections_assignment_rounds");
        }
    }
}
