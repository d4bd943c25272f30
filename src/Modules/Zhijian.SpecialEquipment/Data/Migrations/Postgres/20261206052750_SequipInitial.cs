using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zhijian.SpecialEquipment.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SequipInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "sequip");

            migrationBuilder.CreateTable(
                name: "equipment",
                schema: "sequip",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Category = table.Column<int>(type: "integer", nullable: false),
                    Variety = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    RegistrationNo = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    RegisteredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    UserUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    UserName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Place = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    InternalNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    MakerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    MakerLicenceNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Model = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    FactoryNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    MadeOn = table.Column<DateOnly>(type: "date", nullable: true),
                    InstallerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    MaintainerUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    MaintainerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Parameters = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    FirstUseOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SupervisionMonth = table.Column<DateOnly>(type: "date", nullable: true),
                    SafetyGrade = table.Column<int>(type: "integer", nullable: true),
                    GasKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    StoppedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ScrappedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CancelledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Insurer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    InsuredUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_equipment", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inspection_bodies",
                schema: "sequip",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    LicenceNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Categories = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    ApiClientId = table.Column<int>(type: "integer", nullable: true),
                    ApiClientName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspection_bodies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inspections",
                schema: "sequip",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EquipmentId = table.Column<long>(type: "bigint", nullable: false),
                    EquipmentCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Category = table.Column<int>(type: "integer", nullable: false),
                    UserName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BodyId = table.Column<long>(type: "bigint", nullable: true),
                    BodyName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    InspectedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Conclusion = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Passed = table.Column<bool>(type: "boolean", nullable: false),
                    ReportNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    MajorRepair = table.Column<bool>(type: "boolean", nullable: false),
                    Defects = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    HazardCount = table.Column<int>(type: "integer", nullable: false),
                    BodyNextDue = table.Column<DateOnly>(type: "date", nullable: true),
                    SatisfiedDue = table.Column<DateOnly>(type: "date", nullable: true),
                    ComputedNextDue = table.Column<DateOnly>(type: "date", nullable: true),
                    Mismatch = table.Column<int>(type: "integer", nullable: false),
                    MismatchResolvedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Objection = table.Column<int>(type: "integer", nullable: false),
                    ObjectionBy = table.Column<DateOnly>(type: "date", nullable: true),
                    ObjectionReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ObjectedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ObjectionDecision = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "schedules",
                schema: "sequip",
                columns: table => new
                {
                    EquipmentId = table.Column<long>(type: "bigint", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Category = table.Column<int>(type: "integer", nullable: false),
                    NextDue = table.Column<DateOnly>(type: "date", nullable: true),
                    NextKind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    NextPeriodic = table.Column<DateOnly>(type: "date", nullable: true),
                    Warning = table.Column<int>(type: "integer", nullable: false),
                    InUse = table.Column<bool>(type: "boolean", nullable: false),
                    LastInspectedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LastConclusion = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    LastBody = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RulesStamp = table.Column<int>(type: "integer", nullable: false),
                    ClueSentFor = table.Column<DateOnly>(type: "date", nullable: true),
                    ComputedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_schedules", x => x.EquipmentId);
                    table.ForeignKey(
                        name: "FK_schedules_equipment_EquipmentId",
                        column: x => x.EquipmentId,
                        principalSchema: "sequip",
                        principalTable: "equipment",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_equipment_Category_Status",
                schema: "sequip",
                table: "equipment",
                columns: new[] { "Category", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_equipment_Code",
                schema: "sequip",
                table: "equipment",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_equipment_DivisionCode",
                schema: "sequip",
                table: "equipment",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_equipment_MaintainerUscc",
                schema: "sequip",
                table: "equipment",
                column: "MaintainerUscc");

            migrationBuilder.CreateIndex(
                name: "IX_equipment_RegistrationNo",
                schema: "sequip",
                table: "equipment",
                column: "RegistrationNo",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_equipment_UserUscc",
                schema: "sequip",
                table: "equipment",
                column: "UserUscc");

            migrationBuilder.CreateIndex(
                name: "IX_inspection_bodies_ApiClientId",
                schema: "sequip",
                table: "inspection_bodies",
                column: "ApiClientId");

            migrationBuilder.CreateIndex(
                name: "IX_inspection_bodies_Name",
                schema: "sequip",
                table: "inspection_bodies",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inspections_DivisionCode_InspectedOn",
                schema: "sequip",
                table: "inspections",
                columns: new[] { "DivisionCode", "InspectedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_inspections_EquipmentId_InspectedOn",
                schema: "sequip",
                table: "inspections",
                columns: new[] { "EquipmentId", "InspectedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_inspections_Mismatch",
                schema: "sequip",
                table: "inspections",
                column: "Mismatch");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_Objection",
                schema: "sequip",
                table: "inspections",
                column: "Objection");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_SatisfiedDue",
                schema: "sequip",
                table: "inspections",
                column: "SatisfiedDue");

            migrationBuilder.CreateIndex(
                name: "IX_schedules_NextDue",
                schema: "sequip",
                table: "schedules",
                column: "NextDue");

            migrationBuilder.CreateIndex(
                name: "IX_schedules_Warning_DivisionCode_Category_NextDue",
                schema: "sequip",
                table: "schedules",
                columns: new[] { "Warning", "DivisionCode", "Category", "NextDue" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inspection_bodies",
                schema: "sequip");

            migrationBuilder.DropTable(
                name: "inspections",
                schema: "sequip");

            migrationBuilder.DropTable(
                name: "schedules",
                schema: "sequip");

            migrationBuilder.DropTable(
                name: "equipment",
                schema: "sequip");
        }
    }
}
