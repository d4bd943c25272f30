using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zhijian.Drugs.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DrugsSupervision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "grid_assignments",
                schema: "drugs",
                columns: table => new
                {
                    BusinessId = table.Column<long>(type: "bigint", nullable: false),
                    GridId = table.Column<long>(type: "bigint", nullable: false),
                    AssignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AssignedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_grid_assignments", x => x.BusinessId);
                });

            migrationBuilder.CreateTable(
                name: "grids",
                schema: "drugs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Streets = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    OfficerUser = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    OfficerName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    GridWorker = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_grids", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inspections",
                schema: "drugs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    BusinessId = table.Column<long>(type: "bigint", nullable: false),
                    BusinessName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    BusinessKind = table.Column<int>(type: "integer", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    GridId = table.Column<long>(type: "bigint", nullable: true),
                    Checklist = table.Column<int>(type: "integer", nullable: false),
                    InspectedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Officer1 = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Officer2 = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    FailedItems = table.Column<int>(type: "integer", nullable: false),
                    FailedKeyItems = table.Column<int>(type: "integer", nullable: false),
                    Conclusion = table.Column<int>(type: "integer", nullable: false),
                    Findings = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Rectify = table.Column<int>(type: "integer", nullable: false),
                    RectifyDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecheckDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecheckOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecheckNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ClueRaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "risk_grades",
                schema: "drugs",
                columns: table => new
                {
                    BusinessId = table.Column<long>(type: "bigint", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Grade = table.Column<int>(type: "integer", nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    Reasons = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    LastInspectedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NextDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ComputedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_risk_grades", x => x.BusinessId);
                });

            migrationBuilder.CreateTable(
                name: "vaccination_points",
                schema: "drugs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vaccination_points", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "vaccine_checks",
                schema: "drugs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PointId = table.Column<long>(type: "bigint", nullable: false),
                    PointName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    CheckedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Officer1 = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Officer2 = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    MinTemperature = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: false),
                    MaxTemperature = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: false),
                    RecordsComplete = table.Column<bool>(type: "boolean", nullable: false),
                    TraceScanned = table.Column<bool>(type: "boolean", nullable: false),
                    ExpiredDoses = table.Column<int>(type: "integer", nullable: false),
                    Passed = table.Column<bool>(type: "boolean", nullable: false),
                    Findings = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Rectify = table.Column<int>(type: "integer", nullable: false),
                    RectifyDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecheckOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecheckNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vaccine_checks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inspection_items",
                schema: "drugs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InspectionId = table.Column<long>(type: "bigint", nullable: false),
                    ItemCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Result = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspection_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inspection_items_inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalSchema: "drugs",
                        principalTable: "inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_grid_assignments_GridId",
                schema: "drugs",
                table: "grid_assignments",
                column: "GridId");

            migrationBuilder.CreateIndex(
                name: "IX_grids_DivisionCode_Code",
                schema: "drugs",
                table: "grids",
                columns: new[] { "DivisionCode", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inspection_items_InspectionId",
                schema: "drugs",
                table: "inspection_items",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_BusinessId_InspectedOn",
                schema: "drugs",
                table: "inspections",
                columns: new[] { "BusinessId", "InspectedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_inspections_DivisionCode_InspectedOn",
                schema: "drugs",
                table: "inspections",
                columns: new[] { "DivisionCode", "InspectedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_inspections_Number",
                schema: "drugs",
                table: "inspections",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inspections_Rectify_RectifyDueOn",
                schema: "drugs",
                table: "inspections",
                columns: new[] { "Rectify", "RectifyDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_risk_grades_DivisionCode_NextDueOn",
                schema: "drugs",
                table: "risk_grades",
                columns: new[] { "DivisionCode", "NextDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_vaccine_checks_DivisionCode_CheckedOn",
                schema: "drugs",
                table: "vaccine_checks",
                columns: new[] { "DivisionCode", "CheckedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_vaccine_checks_PointId_CheckedOn",
                schema: "drugs",
                table: "vaccine_checks",
                columns: new[] { "PointId", "CheckedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "grid_assignments",
                schema: "drugs");

            migrationBuilder.DropTable(
                name: "grids",
                schema: "drugs");

            migrationBuilder.DropTable(
                name: "inspection_items",
                schema: "drugs");

            migrationBuilder.DropTable(
                name: "risk_grades",
                schema: "drugs");

            migrationBuilder.DropTable(
                name: "vaccination_points",
                schema: "drugs");

            migrationBuilder.DropTable(
                name: "vaccine_checks",
                schema: "drugs");

            migrationBuilder.DropTable(
                name: "inspections",
                schema: "drugs");
        }
    }
}
