using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhijian.Drugs.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DrugsSupervision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "drugs_grid_assignments",
                columns: table => new
                {
                    BusinessId = table.Column<long>(type: "INTEGER", nullable: false),
                    GridId = table.Column<long>(type: "INTEGER", nullable: false),
                    AssignedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AssignedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_drugs_grid_assignments", x => x.BusinessId);
                });

            migrationBuilder.CreateTable(
                name: "drugs_grids",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Streets = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OfficerUser = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    OfficerName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    GridWorker = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_drugs_grids", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "drugs_inspections",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    BusinessId = table.Column<long>(type: "INTEGER", nullable: false),
                    BusinessName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    BusinessKind = table.Column<int>(type: "INTEGER", nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    GridId = table.Column<long>(type: "INTEGER", nullable: true),
                    Checklist = table.Column<int>(type: "INTEGER", nullable: false),
                    InspectedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Officer1 = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Officer2 = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    FailedItems = table.Column<int>(type: "INTEGER", nullable: false),
                    FailedKeyItems = table.Column<int>(type: "INTEGER", nullable: false),
                    Conclusion = table.Column<int>(type: "INTEGER", nullable: false),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Rectify = table.Column<int>(type: "INTEGER", nullable: false),
                    RectifyDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecheckDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecheckOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecheckNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ClueRaisedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_drugs_inspections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "drugs_risk_grades",
                columns: table => new
                {
                    BusinessId = table.Column<long>(type: "INTEGER", nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Grade = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    Reasons = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    LastInspectedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NextDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ComputedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_drugs_risk_grades", x => x.BusinessId);
                });

            migrationBuilder.CreateTable(
                name: "drugs_vaccination_points",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_drugs_vaccination_points", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "drugs_vaccine_checks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PointId = table.Column<long>(type: "INTEGER", nullable: false),
                    PointName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    CheckedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Officer1 = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Officer2 = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    MinTemperature = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: false),
                    MaxTemperature = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: false),
                    RecordsComplete = table.Column<bool>(type: "INTEGER", nullable: false),
                    TraceScanned = table.Column<bool>(type: "INTEGER", nullable: false),
                    ExpiredDoses = table.Column<int>(type: "INTEGER", nullable: false),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Rectify = table.Column<int>(type: "INTEGER", nullable: false),
                    RectifyDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecheckOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecheckNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_drugs_vaccine_checks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "drugs_inspection_items",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InspectionId = table.Column<long>(type: "INTEGER", nullable: false),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Result = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_drugs_inspection_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_drugs_inspection_items_drugs_inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "drugs_inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_drugs_grid_assignments_GridId",
                table: "drugs_grid_assignments",
                column: "GridId");

            migrationBuilder.CreateIndex(
                name: "IX_drugs_grids_DivisionCode_Code",
                table: "drugs_grids",
                columns: new[] { "DivisionCode", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_drugs_inspection_items_InspectionId",
                table: "drugs_inspection_items",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_drugs_inspections_BusinessId_InspectedOn",
                table: "drugs_inspections",
                columns: new[] { "BusinessId", "InspectedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_drugs_inspections_DivisionCode_InspectedOn",
                table: "drugs_inspections",
                columns: new[] { "DivisionCode", "InspectedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_drugs_inspections_Number",
                table: "drugs_inspections",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_drugs_inspections_Rectify_RectifyDueOn",
                table: "drugs_inspections",
                columns: new[] { "Rectify", "RectifyDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_drugs_risk_grades_DivisionCode_NextDueOn",
                table: "drugs_risk_grades",
                columns: new[] { "DivisionCode", "NextDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_drugs_vaccine_checks_DivisionCode_CheckedOn",
                table: "drugs_vaccine_checks",
                columns: new[] { "DivisionCode", "CheckedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_drugs_vaccine_checks_PointId_CheckedOn",
                table: "drugs_vaccine_checks",
                columns: new[] { "PointId", "CheckedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "drugs_grid_assignments");

            migrationBuilder.DropTable(
                name: "drugs_grids");

            migrationBuilder.DropTable(
                name: "drugs_inspection_items");

            migrationBuilder.DropTable(
                name: "drugs_risk_grades");

            migrationBuilder.DropTable(
                name: "drugs_vaccination_points");

            migrationBuilder.DropTable(
                name: "drugs_vaccine_checks");

            migrationBuilder.DropTable(
                name: "drugs_inspections");
        }
    }
}
