using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhijian.Dashboard.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dashboard_manual_values",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanIndicatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    EvidenceName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EvidenceType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Evidence = table.Column<byte[]>(type: "BLOB", nullable: true),
                    EvidenceSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    EnteredBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    EnteredByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OrgUnitName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EnteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RejectReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dashboard_manual_values", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dashboard_plan_attachments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    AttachedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AttachedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dashboard_plan_attachments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dashboard_plans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Locality = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StartYear = table.Column<int>(type: "INTEGER", nullable: false),
                    EndYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Builtin = table.Column<bool>(type: "INTEGER", nullable: false),
                    OwnerDivision = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dashboard_plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dashboard_populations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Residents = table.Column<long>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dashboard_populations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dashboard_snapshots",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanIndicatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 24, scale: 6, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Inputs = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Formula = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ComputedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dashboard_snapshots", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dashboard_plan_indicators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Comparator = table.Column<int>(type: "INTEGER", nullable: false),
                    Direction = table.Column<int>(type: "INTEGER", nullable: false),
                    BaseYear = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    BaseValue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    BaseText = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    TargetYear = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    TargetValue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    TargetText = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Constraint = table.Column<int>(type: "INTEGER", nullable: false),
                    Accumulation = table.Column<int>(type: "INTEGER", nullable: false),
                    Formula = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    WarningMargin = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Quote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Section = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DataNeeded = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dashboard_plan_indicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_dashboard_plan_indicators_dashboard_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "dashboard_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_dashboard_manual_values_PlanIndicatorId_DivisionCode_Period",
                table: "dashboard_manual_values",
                columns: new[] { "PlanIndicatorId", "DivisionCode", "Period" });

            migrationBuilder.CreateIndex(
                name: "IX_dashboard_manual_values_Status",
                table: "dashboard_manual_values",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_dashboard_plan_attachments_PlanId_DivisionCode",
                table: "dashboard_plan_attachments",
                columns: new[] { "PlanId", "DivisionCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dashboard_plan_indicators_PlanId_Code",
                table: "dashboard_plan_indicators",
                columns: new[] { "PlanId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dashboard_plans_Code",
                table: "dashboard_plans",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dashboard_populations_DivisionCode_Year",
                table: "dashboard_populations",
                columns: new[] { "DivisionCode", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dashboard_snapshots_DivisionCode_Period",
                table: "dashboard_snapshots",
                columns: new[] { "DivisionCode", "Period" });

            migrationBuilder.CreateIndex(
                name: "IX_dashboard_snapshots_PlanIndicatorId_DivisionCode_Period",
                table: "dashboard_snapshots",
                columns: new[] { "PlanIndicatorId", "DivisionCode", "Period" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dashboard_manual_values");

            migrationBuilder.DropTable(
                name: "dashboard_plan_attachments");

            migrationBuilder.DropTable(
                name: "dashboard_plan_indicators");

            migrationBuilder.DropTable(
                name: "dashboard_populations");

            migrationBuilder.DropTable(
                name: "dashboard_snapshots");

            migrationBuilder.DropTable(
                name: "dashboard_plans");
        }
    }
}
