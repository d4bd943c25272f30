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
                name: "accidents",
                schema: "sequip",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EquipmentId = table.Column<long>(type: "bigint", nullable: true),
                    EquipmentCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Category = table.Column<int>(type: "integer", nullable: true),
                    EquipmentDescription = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    UserUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    UserName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReportFrom = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Place = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Deaths = table.Column<int>(type: "integer", nullable: false),
                    SeriousInjuries = table.Column<int>(type: "integer", nullable: false),
                    Injuries = table.Column<int>(type: "integer", nullable: false),
                    LossWan = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    StrandedMinutes = table.Column<int>(type: "integer", nullable: false),
                    StrandedPeople = table.Column<int>(type: "integer", nullable: false),
                    Explosion = table.Column<bool>(type: "boolean", nullable: false),
                    Evacuated = table.Column<int>(type: "integer", nullable: false),
                    CraneOverturn = table.Column<bool>(type: "boolean", nullable: false),
                    CraneStructureBreak = table.Column<bool>(type: "boolean", nullable: false),
                    Boiler600Mw = table.Column<bool>(type: "boolean", nullable: false),
                    BoilerOutageHours = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ReporterUnit = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Class = table.Column<int>(type: "integer", nullable: false),
                    ClassReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    SourceCallId = table.Column<long>(type: "bigint", nullable: true),
                    SourceCallNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Conclusion = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Responsibility = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Rectification = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClueRaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accidents", x => x.Id);
                });

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
                name: "hazards",
                schema: "sequip",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EquipmentId = table.Column<long>(type: "bigint", nullable: false),
                    EquipmentCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Category = table.Column<int>(type: "integer", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    UserUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    UserName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SourceReference = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Grade = table.Column<int>(type: "integer", nullable: false),
                    StopRequired = table.Column<bool>(type: "boolean", nullable: false),
                    FoundOn = table.Column<DateOnly>(type: "date", nullable: false),
                    FoundBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DeadlineOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DeadlineRule = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    NoticeNo = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    NoticeOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RectifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Measures = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ReviewDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReviewedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReviewedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ReviewOpinion = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosedOnTime = table.Column<bool>(type: "boolean", nullable: true),
                    ClueRaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hazards", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "accident_events",
                schema: "sequip",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AccidentId = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accident_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_accident_events_accidents_AccidentId",
                        column: x => x.AccidentId,
                        principalSchema: "sequip",
                        principalTable: "accidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "accident_reports",
                schema: "sequip",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AccidentId = table.Column<long>(type: "bigint", nullable: false),
                    Seq = table.Column<int>(type: "integer", nullable: false),
                    Route = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReportedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accident_reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_accident_reports_accidents_AccidentId",
                        column: x => x.AccidentId,
                        principalSchema: "sequip",
                        principalTable: "accidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "hazard_events",
                schema: "sequip",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    HazardId = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hazard_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_hazard_events_hazards_HazardId",
                        column: x => x.HazardId,
                        principalSchema: "sequip",
                        principalTable: "hazards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_accident_events_AccidentId",
                schema: "sequip",
                table: "accident_events",
                column: "AccidentId");

            migrationBuilder.CreateIndex(
                name: "IX_accident_reports_AccidentId_Seq",
                schema: "sequip",
                table: "accident_reports",
                columns: new[] { "AccidentId", "Seq" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_accident_reports_DueAt",
                schema: "sequip",
                table: "accident_reports",
                column: "DueAt");

            migrationBuilder.CreateIndex(
                name: "IX_accidents_DivisionCode",
                schema: "sequip",
                table: "accidents",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_accidents_EquipmentId",
                schema: "sequip",
                table: "accidents",
                column: "EquipmentId");

            migrationBuilder.CreateIndex(
                name: "IX_accidents_Number",
                schema: "sequip",
                table: "accidents",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_accidents_OccurredOn",
                schema: "sequip",
                table: "accidents",
                column: "OccurredOn");

            migrationBuilder.CreateIndex(
                name: "IX_accidents_SourceCallId",
                schema: "sequip",
                table: "accidents",
                column: "SourceCallId",
                unique: true);

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
                name: "IX_hazard_events_HazardId",
                schema: "sequip",
                table: "hazard_events",
                column: "HazardId");

            migrationBuilder.CreateIndex(
                name: "IX_hazards_ClosedOn",
                schema: "sequip",
                table: "hazards",
                column: "ClosedOn");

            migrationBuilder.CreateIndex(
                name: "IX_hazards_DivisionCode",
                schema: "sequip",
                table: "hazards",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_hazards_EquipmentCode",
                schema: "sequip",
                table: "hazards",
                column: "EquipmentCode");

            migrationBuilder.CreateIndex(
                name: "IX_hazards_EquipmentId",
                schema: "sequip",
                table: "hazards",
                column: "EquipmentId");

            migrationBuilder.CreateIndex(
                name: "IX_hazards_FoundOn",
                schema: "sequip",
                table: "hazards",
                column: "FoundOn");

            migrationBuilder.CreateIndex(
                name: "IX_hazards_Number",
                schema: "sequip",
                table: "hazards",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_hazards_Status_DeadlineOn",
                schema: "sequip",
                table: "hazards",
                columns: new[] { "Status", "DeadlineOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "accident_events",
                schema: "sequip");

            migrationBuilder.DropTable(
                name: "accident_reports",
                schema: "sequip");

            migrationBuilder.DropTable(
                name: "equipment",
                schema: "sequip");

            migrationBuilder.DropTable(
                name: "hazard_events",
                schema: "sequip");

            migrationBuilder.DropTable(
                name: "accidents",
                schema: "sequip");

            migrationBuilder.DropTable(
                name: "hazards",
                schema: "sequip");
        }
    }
}
