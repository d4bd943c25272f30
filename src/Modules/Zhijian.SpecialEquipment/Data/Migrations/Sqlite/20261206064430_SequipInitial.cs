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
                    LegacyCode = table.Column<bool>(type: "INTEGER", nullable: false),
                    RegistrationDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RegisteredLate = table.Column<bool>(type: "INTEGER", nullable: false),
                    NextInspectionOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StopReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    StopLongTerm = table.Column<bool>(type: "INTEGER", nullable: false),
                    StopReportedLate = table.Column<bool>(type: "INTEGER", nullable: false),
                    InspectionRequired = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sequip_equipment", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sequip_equipment_changes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EquipmentId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sequip_equipment_changes", x => x.Id);
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
                name: "sequip_maintenance_companies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    LicenceNo = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Categories = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LicenceValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Hotline = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sequip_maintenance_companies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sequip_maintenance_records",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EquipmentId = table.Column<long>(type: "INTEGER", nullable: false),
                    EquipmentCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ContractId = table.Column<long>(type: "INTEGER", nullable: false),
                    MaintainerUscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    MaintainerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Staff = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SignedByUser = table.Column<bool>(type: "INTEGER", nullable: false),
                    PreviousOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IntervalDays = table.Column<int>(type: "INTEGER", nullable: false),
                    CyclesDue = table.Column<int>(type: "INTEGER", nullable: false),
                    OnTime = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sequip_maintenance_records", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sequip_rescue_calls",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CallNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EquipmentId = table.Column<long>(type: "INTEGER", nullable: false),
                    EquipmentCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CallerPhone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Trapped = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    MaintainerUscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    MaintainerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DispatchedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ArrivedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReleasedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Cause = table.Column<int>(type: "INTEGER", nullable: true),
                    CauseNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SlaMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Urban = table.Column<bool>(type: "INTEGER", nullable: false),
                    ArrivalMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    SlaMet = table.Column<bool>(type: "INTEGER", nullable: true),
                    EntrapmentMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    LongEntrapment = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sequip_rescue_calls", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sequip_rescue_zones",
                columns: table => new
                {
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Urban = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sequip_rescue_zones", x => x.DivisionCode);
                });

            migrationBuilder.CreateTable(
                name: "sequip_self_checks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EquipmentId = table.Column<long>(type: "INTEGER", nullable: false),
                    EquipmentCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CheckedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sequip_self_checks", x => x.Id);
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
                name: "sequip_maintenance_contracts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EquipmentId = table.Column<long>(type: "INTEGER", nullable: false),
                    EquipmentCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    MaintainerUscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    MaintainerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OnDemand = table.Column<bool>(type: "INTEGER", nullable: false),
                    OnDemandDays = table.Column<int>(type: "INTEGER", nullable: true),
                    OnDemandDocNo = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LastMaintainedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    QuarterDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HalfYearDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    YearDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sequip_maintenance_contracts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_sequip_maintenance_contracts_sequip_equipment_EquipmentId",
                        column: x => x.EquipmentId,
                        principalTable: "sequip_equipment",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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
                name: "IX_sequip_equipment_Status_RegistrationDueOn",
                table: "sequip_equipment",
                columns: new[] { "Status", "RegistrationDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_sequip_equipment_UserUscc",
                table: "sequip_equipment",
                column: "UserUscc");

            migrationBuilder.CreateIndex(
                name: "IX_sequip_equipment_changes_EquipmentId_At",
                table: "sequip_equipment_changes",
                columns: new[] { "EquipmentId", "At" });

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
                name: "IX_sequip_maintenance_companies_Uscc",
                table: "sequip_maintenance_companies",
                column: "Uscc",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sequip_maintenance_contracts_DivisionCode",
                table: "sequip_maintenance_contracts",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_sequip_maintenance_contracts_EndedOn_DueOn",
                table: "sequip_maintenance_contracts",
                columns: new[] { "EndedOn", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_sequip_maintenance_contracts_EndedOn_To",
                table: "sequip_maintenance_contracts",
                columns: new[] { "EndedOn", "To" });

            migrationBuilder.CreateIndex(
                name: "IX_sequip_maintenance_contracts_EquipmentId_EndedOn",
                table: "sequip_maintenance_contracts",
                columns: new[] { "EquipmentId", "EndedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_sequip_maintenance_contracts_MaintainerUscc",
                table: "sequip_maintenance_contracts",
                column: "MaintainerUscc");

            migrationBuilder.CreateIndex(
                name: "IX_sequip_maintenance_records_EquipmentId_On",
                table: "sequip_maintenance_records",
                columns: new[] { "EquipmentId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_sequip_maintenance_records_MaintainerUscc",
                table: "sequip_maintenance_records",
                column: "MaintainerUscc");

            migrationBuilder.CreateIndex(
                name: "IX_sequip_maintenance_records_On_DivisionCode",
                table: "sequip_maintenance_records",
                columns: new[] { "On", "DivisionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_sequip_rescue_calls_CallNumber",
                table: "sequip_rescue_calls",
                column: "CallNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sequip_rescue_calls_EquipmentId_ReceivedOn",
                table: "sequip_rescue_calls",
                columns: new[] { "EquipmentId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_sequip_rescue_calls_MaintainerUscc",
                table: "sequip_rescue_calls",
                column: "MaintainerUscc");

            migrationBuilder.CreateIndex(
                name: "IX_sequip_rescue_calls_ReceivedOn_DivisionCode",
                table: "sequip_rescue_calls",
                columns: new[] { "ReceivedOn", "DivisionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_sequip_rescue_calls_Status",
                table: "sequip_rescue_calls",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_sequip_schedules_NextDue",
                table: "sequip_schedules",
                column: "NextDue");

            migrationBuilder.CreateIndex(
                name: "IX_sequip_schedules_Warning_DivisionCode_Category_NextDue",
                table: "sequip_schedules",
                columns: new[] { "Warning", "DivisionCode", "Category", "NextDue" });

            migrationBuilder.CreateIndex(
                name: "IX_sequip_self_checks_EquipmentId_On",
                table: "sequip_self_checks",
                columns: new[] { "EquipmentId", "On" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sequip_accident_events");

            migrationBuilder.DropTable(
                name: "sequip_accident_reports");

            migrationBuilder.DropTable(
                name: "sequip_equipment_changes");

            migrationBuilder.DropTable(
                name: "sequip_hazard_events");

            migrationBuilder.DropTable(
                name: "sequip_inspection_bodies");

            migrationBuilder.DropTable(
                name: "sequip_inspections");

            migrationBuilder.DropTable(
                name: "sequip_maintenance_companies");

            migrationBuilder.DropTable(
                name: "sequip_maintenance_contracts");

            migrationBuilder.DropTable(
                name: "sequip_maintenance_records");

            migrationBuilder.DropTable(
                name: "sequip_rescue_calls");

            migrationBuilder.DropTable(
                name: "sequip_rescue_zones");

            migrationBuilder.DropTable(
                name: "sequip_schedules");

            migrationBuilder.DropTable(
                name: "sequip_self_checks");

            migrationBuilder.DropTable(
                name: "sequip_accidents");

            migrationBuilder.DropTable(
                name: "sequip_hazards");

            migrationBuilder.DropTable(
                name: "sequip_equipment");
        }
    }
}
