using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhijian.SpecialEquipment.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SequipInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sequip_equipment",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    Variety = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    RegistrationNo = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    UserUscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    InternalNo = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    MakerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MakerLicenceNo = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Model = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    FactoryNo = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    MadeOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    InstallerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    MaintainerUscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    MaintainerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Parameters = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    FirstUseOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SupervisionMonth = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SafetyGrade = table.Column<int>(type: "INTEGER", nullable: true),
                    GasKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    StoppedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ScrappedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CancelledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Insurer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    InsuredUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sequip_equipment", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sequip_inspection_bodies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    LicenceNo = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Categories = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    ApiClientId = table.Column<int>(type: "INTEGER", nullable: true),
                    ApiClientName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sequip_inspection_bodies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sequip_inspections",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EquipmentId = table.Column<long>(type: "INTEGER", nullable: false),
                    EquipmentCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BodyId = table.Column<long>(type: "INTEGER", nullable: true),
                    BodyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    InspectedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Conclusion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReportNo = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    MajorRepair = table.Column<bool>(type: "INTEGER", nullable: false),
                    Defects = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    HazardCount = table.Column<int>(type: "INTEGER", nullable: false),
                    BodyNextDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SatisfiedDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ComputedNextDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Mismatch = table.Column<int>(type: "INTEGER", nullable: false),
                    MismatchResolvedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Objection = table.Column<int>(type: "INTEGER", nullable: false),
                    ObjectionBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ObjectionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ObjectedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ObjectionDecision = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sequip_inspections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sequip_schedules",
                columns: table => new
                {
                    EquipmentId = table.Column<long>(type: "INTEGER", nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    NextDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NextKind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    NextPeriodic = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Warning = table.Column<int>(type: "INTEGER", nullable: false),
                    InUse = table.Column<bool>(type: "INTEGER", nullable: false),
                    LastInspectedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastConclusion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    LastBody = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RulesStamp = table.Column<int>(type: "INTEGER", nullable: false),
                    ClueSentFor = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ComputedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sequip_schedules", x => x.EquipmentId);
                    table.ForeignKey(
                        name: "FK_sequip_schedules_sequip_equipment_EquipmentId",
                        column: x => x.EquipmentId,
                        principalTable: "sequip_equipment",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_sequip_equipment_Category_Status",
                table: "sequip_equipment",
                columns: new[] { "Category", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_sequip_equipment_Code",
                table: "sequip_equipment",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sequip_equipment_DivisionCode",
                table: "sequip_equipment",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_sequip_equipment_MaintainerUscc",
                table: "sequip_equipment",
                column: "MaintainerUscc");

            migrationBuilder.CreateIndex(
                name: "IX_sequip_equipment_RegistrationNo",
                table: "sequip_equipment",
                column: "RegistrationNo",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sequip_equipment_UserUscc",
                table: "sequip_equipment",
                column: "UserUscc");

            migrationBuilder.CreateIndex(
                name: "IX_sequip_inspection_bodies_ApiClientId",
                table: "sequip_inspection_bodies",
                column: "ApiClientId");

            migrationBuilder.CreateIndex(
                name: "IX_sequip_inspection_bodies_Name",
                table: "sequip_inspection_bodies",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sequip_inspections_DivisionCode_InspectedOn",
                table: "sequip_inspections",
                columns: new[] { "DivisionCode", "InspectedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_sequip_inspections_EquipmentId_InspectedOn",
                table: "sequip_inspections",
                columns: new[] { "EquipmentId", "InspectedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_sequip_inspections_Mismatch",
                table: "sequip_inspections",
                column: "Mismatch");

            migrationBuilder.CreateIndex(
                name: "IX_sequip_inspections_Objection",
                table: "sequip_inspections",
                column: "Objection");

            migrationBuilder.CreateIndex(
                name: "IX_sequip_inspections_SatisfiedDue",
                table: "sequip_inspections",
                column: "SatisfiedDue");

            migrationBuilder.CreateIndex(
                name: "IX_sequip_schedules_NextDue",
                table: "sequip_schedules",
                column: "NextDue");

            migrationBuilder.CreateIndex(
                name: "IX_sequip_schedules_Warning_DivisionCode_Category_NextDue",
                table: "sequip_schedules",
                columns: new[] { "Warning", "DivisionCode", "Category", "NextDue" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sequip_inspection_bodies");

            migrationBuilder.DropTable(
                name: "sequip_inspections");

            migrationBuilder.DropTable(
                name: "sequip_schedules");

            migrationBuilder.DropTable(
                name: "sequip_equipment");
        }
    }
}
