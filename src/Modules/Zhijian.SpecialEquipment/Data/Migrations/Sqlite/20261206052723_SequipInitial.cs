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
                name: "sequip_accidents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EquipmentId = table.Column<long>(type: "INTEGER", nullable: true),
                    EquipmentCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Category = table.Column<int>(type: "INTEGER", nullable: true),
                    EquipmentDescription = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    UserUscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReportFrom = table.Column<long>(type: "INTEGER", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Deaths = table.Column<int>(type: "INTEGER", nullable: false),
                    SeriousInjuries = table.Column<int>(type: "INTEGER", nullable: false),
                    Injuries = table.Column<int>(type: "INTEGER", nullable: false),
                    LossWan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    StrandedMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    StrandedPeople = table.Column<int>(type: "INTEGER", nullable: false),
                    Explosion = table.Column<bool>(type: "INTEGER", nullable: false),
                    Evacuated = table.Column<int>(type: "INTEGER", nullable: false),
                    CraneOverturn = table.Column<bool>(type: "INTEGER", nullable: false),
                    CraneStructureBreak = table.Column<bool>(type: "INTEGER", nullable: false),
                    Boiler600Mw = table.Column<bool>(type: "INTEGER", nullable: false),
                    BoilerOutageHours = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ReporterUnit = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Class = table.Column<int>(type: "INTEGER", nullable: false),
                    ClassReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceCallId = table.Column<long>(type: "INTEGER", nullable: true),
                    SourceCallNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Conclusion = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Responsibility = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Rectification = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClueRaisedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sequip_accidents", x => x.Id);
                });

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
                name: "sequip_hazards",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EquipmentId = table.Column<long>(type: "INTEGER", nullable: false),
                    EquipmentCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    UserUscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SourceReference = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Grade = table.Column<int>(type: "INTEGER", nullable: false),
                    StopRequired = table.Column<bool>(type: "INTEGER", nullable: false),
                    FoundOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FoundBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DeadlineOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DeadlineRule = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    NoticeNo = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    NoticeOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RectifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Measures = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReviewDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ReviewOpinion = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedOnTime = table.Column<bool>(type: "INTEGER", nullable: true),
                    ClueRaisedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sequip_hazards", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sequip_accident_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AccidentId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sequip_accident_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_sequip_accident_events_sequip_accidents_AccidentId",
                        column: x => x.AccidentId,
                        principalTable: "sequip_accidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sequip_accident_reports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AccidentId = table.Column<long>(type: "INTEGER", nullable: false),
                    Seq = table.Column<int>(type: "INTEGER", nullable: false),
                    Route = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReportedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReportedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sequip_accident_reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_sequip_accident_reports_sequip_accidents_AccidentId",
                        column: x => x.AccidentId,
                        principalTable: "sequip_accidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sequip_hazard_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    HazardId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sequip_hazard_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_sequip_hazard_events_sequip_hazards_HazardId",
                        column: x => x.HazardId,
                        principalTable: "sequip_hazards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_sequip_accident_events_AccidentId",
                table: "sequip_accident_events",
                column: "AccidentId");

            migrationBuilder.CreateIndex(
                name: "IX_sequip_accident_reports_AccidentId_Seq",
                table: "sequip_accident_reports",
                columns: new[] { "AccidentId", "Seq" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sequip_accident_reports_DueAt",
                table: "sequip_accident_reports",
                column: "DueAt");

            migrationBuilder.CreateIndex(
                name: "IX_sequip_accidents_DivisionCode",
                table: "sequip_accidents",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_sequip_accidents_EquipmentId",
                table: "sequip_accidents",
                column: "EquipmentId");

            migrationBuilder.CreateIndex(
                name: "IX_sequip_accidents_Number",
                table: "sequip_accidents",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sequip_accidents_OccurredOn",
                table: "sequip_accidents",
                column: "OccurredOn");

            migrationBuilder.CreateIndex(
                name: "IX_sequip_accidents_SourceCallId",
                table: "sequip_accidents",
                column: "SourceCallId",
                unique: true);

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
                name: "IX_sequip_hazard_events_HazardId",
                table: "sequip_hazard_events",
                column: "HazardId");

            migrationBuilder.CreateIndex(
                name: "IX_sequip_hazards_ClosedOn",
                table: "sequip_hazards",
                column: "ClosedOn");

            migrationBuilder.CreateIndex(
                name: "IX_sequip_hazards_DivisionCode",
                table: "sequip_hazards",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_sequip_hazards_EquipmentCode",
                table: "sequip_hazards",
                column: "EquipmentCode");

            migrationBuilder.CreateIndex(
                name: "IX_sequip_hazards_EquipmentId",
                table: "sequip_hazards",
                column: "EquipmentId");

            migrationBuilder.CreateIndex(
                name: "IX_sequip_hazards_FoundOn",
                table: "sequip_hazards",
                column: "FoundOn");

            migrationBuilder.CreateIndex(
                name: "IX_sequip_hazards_Number",
                table: "sequip_hazards",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sequip_hazards_Status_DeadlineOn",
                table: "sequip_hazards",
                columns: new[] { "Status", "DeadlineOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sequip_accident_events");

            migrationBuilder.DropTable(
                name: "sequip_accident_reports");

            migrationBuilder.DropTable(
                name: "sequip_equipment");

            migrationBuilder.DropTable(
                name: "sequip_hazard_events");

            migrationBuilder.DropTable(
                name: "sequip_accidents");

            migrationBuilder.DropTable(
                name: "sequip_hazards");
        }
    }
}
