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
                    LegacyCode = table.Column<bool>(type: "boolean", nullable: false),
                    RegistrationDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RegisteredLate = table.Column<bool>(type: "boolean", nullable: false),
                    NextInspectionOn = table.Column<DateOnly>(type: "date", nullable: true),
                    StopReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    StopLongTerm = table.Column<bool>(type: "boolean", nullable: false),
                    StopReportedLate = table.Column<bool>(type: "boolean", nullable: false),
                    InspectionRequired = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_equipment", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "equipment_changes",
                schema: "sequip",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EquipmentId = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_equipment_changes", x => x.Id);
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
                name: "maintenance_companies",
                schema: "sequip",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    LicenceNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Categories = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    LicenceValidUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    Hotline = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_maintenance_companies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "maintenance_records",
                schema: "sequip",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EquipmentId = table.Column<long>(type: "bigint", nullable: false),
                    EquipmentCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    ContractId = table.Column<long>(type: "bigint", nullable: false),
                    MaintainerUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    MaintainerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    Staff = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Findings = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SignedByUser = table.Column<bool>(type: "boolean", nullable: false),
                    PreviousOn = table.Column<DateOnly>(type: "date", nullable: true),
                    IntervalDays = table.Column<int>(type: "integer", nullable: false),
                    CyclesDue = table.Column<int>(type: "integer", nullable: false),
                    OnTime = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_maintenance_records", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "rescue_calls",
                schema: "sequip",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CallNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EquipmentId = table.Column<long>(type: "bigint", nullable: false),
                    EquipmentCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    UserName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CallerPhone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Trapped = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    MaintainerUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    MaintainerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DispatchedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ArrivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReleasedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Cause = table.Column<int>(type: "integer", nullable: true),
                    CauseNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SlaMinutes = table.Column<int>(type: "integer", nullable: false),
                    Urban = table.Column<bool>(type: "boolean", nullable: false),
                    ArrivalMinutes = table.Column<int>(type: "integer", nullable: true),
                    SlaMet = table.Column<bool>(type: "boolean", nullable: true),
                    EntrapmentMinutes = table.Column<int>(type: "integer", nullable: true),
                    LongEntrapment = table.Column<bool>(type: "boolean", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rescue_calls", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "rescue_zones",
                schema: "sequip",
                columns: table => new
                {
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Urban = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rescue_zones", x => x.DivisionCode);
                });

            migrationBuilder.CreateTable(
                name: "self_checks",
                schema: "sequip",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EquipmentId = table.Column<long>(type: "bigint", nullable: false),
                    EquipmentCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    CheckedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Findings = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_self_checks", x => x.Id);
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
                name: "maintenance_contracts",
                schema: "sequip",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EquipmentId = table.Column<long>(type: "bigint", nullable: false),
                    EquipmentCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    MaintainerUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    MaintainerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OnDemand = table.Column<bool>(type: "boolean", nullable: false),
                    OnDemandDays = table.Column<int>(type: "integer", nullable: true),
                    OnDemandDocNo = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    LastMaintainedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    QuarterDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    HalfYearDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    YearDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_maintenance_contracts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_maintenance_contracts_equipment_EquipmentId",
                        column: x => x.EquipmentId,
                        principalSchema: "sequip",
                        principalTable: "equipment",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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
                name: "IX_equipment_Status_RegistrationDueOn",
                schema: "sequip",
                table: "equipment",
                columns: new[] { "Status", "RegistrationDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_equipment_UserUscc",
                schema: "sequip",
                table: "equipment",
                column: "UserUscc");

            migrationBuilder.CreateIndex(
                name: "IX_equipment_changes_EquipmentId_At",
                schema: "sequip",
                table: "equipment_changes",
                columns: new[] { "EquipmentId", "At" });

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
                name: "IX_maintenance_companies_Uscc",
                schema: "sequip",
                table: "maintenance_companies",
                column: "Uscc",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_maintenance_contracts_DivisionCode",
                schema: "sequip",
                table: "maintenance_contracts",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_maintenance_contracts_EndedOn_DueOn",
                schema: "sequip",
                table: "maintenance_contracts",
                columns: new[] { "EndedOn", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_maintenance_contracts_EndedOn_To",
                schema: "sequip",
                table: "maintenance_contracts",
                columns: new[] { "EndedOn", "To" });

            migrationBuilder.CreateIndex(
                name: "IX_maintenance_contracts_EquipmentId_EndedOn",
                schema: "sequip",
                table: "maintenance_contracts",
                columns: new[] { "EquipmentId", "EndedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_maintenance_contracts_MaintainerUscc",
                schema: "sequip",
                table: "maintenance_contracts",
                column: "MaintainerUscc");

            migrationBuilder.CreateIndex(
                name: "IX_maintenance_records_EquipmentId_On",
                schema: "sequip",
                table: "maintenance_records",
                columns: new[] { "EquipmentId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_maintenance_records_MaintainerUscc",
                schema: "sequip",
                table: "maintenance_records",
                column: "MaintainerUscc");

            migrationBuilder.CreateIndex(
                name: "IX_maintenance_records_On_DivisionCode",
                schema: "sequip",
                table: "maintenance_records",
                columns: new[] { "On", "DivisionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_rescue_calls_CallNumber",
                schema: "sequip",
                table: "rescue_calls",
                column: "CallNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rescue_calls_EquipmentId_ReceivedOn",
                schema: "sequip",
                table: "rescue_calls",
                columns: new[] { "EquipmentId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_rescue_calls_MaintainerUscc",
                schema: "sequip",
                table: "rescue_calls",
                column: "MaintainerUscc");

            migrationBuilder.CreateIndex(
                name: "IX_rescue_calls_ReceivedOn_DivisionCode",
                schema: "sequip",
                table: "rescue_calls",
                columns: new[] { "ReceivedOn", "DivisionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_rescue_calls_Status",
                schema: "sequip",
                table: "rescue_calls",
                column: "Status");

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

            migrationBuilder.CreateIndex(
                name: "IX_self_checks_EquipmentId_On",
                schema: "sequip",
                table: "self_checks",
                columns: new[] { "EquipmentId", "On" });
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
                name: "equipment_changes",
                schema: "sequip");

            migrationBuilder.DropTable(
                name: "hazard_events",
                schema: "sequip");

            migrationBuilder.DropTable(
                name: "inspection_bodies",
                schema: "sequip");

            migrationBuilder.DropTable(
                name: "inspections",
                schema: "sequip");

            migrationBuilder.DropTable(
                name: "maintenance_companies",
                schema: "sequip");

            migrationBuilder.DropTable(
                name: "maintenance_contracts",
                schema: "sequip");

            migrationBuilder.DropTable(
                name: "maintenance_records",
                schema: "sequip");

            migrationBuilder.DropTable(
                name: "rescue_calls",
                schema: "sequip");

            migrationBuilder.DropTable(
                name: "rescue_zones",
                schema: "sequip");

            migrationBuilder.DropTable(
                name: "schedules",
                schema: "sequip");

            migrationBuilder.DropTable(
                name: "self_checks",
                schema: "sequip");

            migrationBuilder.DropTable(
                name: "accidents",
                schema: "sequip");

            migrationBuilder.DropTable(
                name: "hazards",
                schema: "sequip");

            migrationBuilder.DropTable(
                name: "equipment",
                schema: "sequip");
        }
    }
}
