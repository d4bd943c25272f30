using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zhijian.Drugs.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DrugsInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "drugs");

            migrationBuilder.CreateTable(
                name: "adverse_signals",
                schema: "drugs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    ProductKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ProductName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Manufacturer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    FromOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ToOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Reporters = table.Column<int>(type: "integer", nullable: false),
                    Reports = table.Column<int>(type: "integer", nullable: false),
                    Death = table.Column<bool>(type: "boolean", nullable: false),
                    Reviewed = table.Column<bool>(type: "boolean", nullable: false),
                    ReviewNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_adverse_signals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "businesses",
                schema: "drugs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    InRegistry = table.Column<bool>(type: "boolean", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    LegalRepresentative = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    QualityManager = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    Categories = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ChainHeadquartersId = table.Column<long>(type: "bigint", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_businesses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ephedrine_warnings",
                schema: "drugs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    BuyerHash = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    BuyerIdMasked = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    FromOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ToOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Pharmacies = table.Column<int>(type: "integer", nullable: false),
                    Packs = table.Column<int>(type: "integer", nullable: false),
                    Purchases = table.Column<int>(type: "integer", nullable: false),
                    ByPharmacies = table.Column<bool>(type: "boolean", nullable: false),
                    ByPacks = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    PoliceNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    HandledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    HandledBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ephedrine_warnings", x => x.Id);
                });

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
                name: "licences",
                schema: "drugs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BusinessId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    BusinessName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Scope = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    QualityManager = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    StatusOn = table.Column<DateOnly>(type: "date", nullable: true),
                    StatusReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Authority = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RenewalAppliedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_licences", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pharmacist_checks",
                schema: "drugs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BusinessId = table.Column<long>(type: "bigint", nullable: false),
                    PharmacistId = table.Column<long>(type: "bigint", nullable: true),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    OnDuty = table.Column<bool>(type: "boolean", nullable: false),
                    Required = table.Column<bool>(type: "boolean", nullable: false),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pharmacist_checks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pharmacists",
                schema: "drugs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BusinessId = table.Column<long>(type: "bigint", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    CertificateNo = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PracticeScope = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pharmacists", x => x.Id);
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
                name: "rx_sale_checks",
                schema: "drugs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BusinessId = table.Column<long>(type: "bigint", nullable: false),
                    BusinessName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    CheckedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DrugName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    WithPrescription = table.Column<bool>(type: "boolean", nullable: false),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rx_sale_checks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "self_reports",
                schema: "drugs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BusinessId = table.Column<long>(type: "bigint", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Late = table.Column<bool>(type: "boolean", nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ProblemsFound = table.Column<bool>(type: "boolean", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_self_reports", x => x.Id);
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
                name: "adverse_reports",
                schema: "drugs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReportNo = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    ReporterName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReporterCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    ProductName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProductNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Batch = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Manufacturer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ProductKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    PatientAge = table.Column<int>(type: "integer", nullable: true),
                    PatientSex = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    EventOn = table.Column<DateOnly>(type: "date", nullable: false),
                    KnownOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Seriousness = table.Column<int>(type: "integer", nullable: false),
                    IsNew = table.Column<bool>(type: "boolean", nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Late = table.Column<bool>(type: "boolean", nullable: false),
                    SignalId = table.Column<long>(type: "bigint", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_adverse_reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_adverse_reports_adverse_signals_SignalId",
                        column: x => x.SignalId,
                        principalSchema: "drugs",
                        principalTable: "adverse_signals",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "ephedrine_sales",
                schema: "drugs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BusinessId = table.Column<long>(type: "bigint", nullable: false),
                    BusinessName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    SaleNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    SoldAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SoldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ProductName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ApprovalNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ContentClass = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Packs = table.Column<int>(type: "integer", nullable: false),
                    BuyerHash = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    BuyerIdProtected = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BuyerIdMasked = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    BuyerNameProtected = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    BuyerNameMasked = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    OverLimit = table.Column<bool>(type: "boolean", nullable: false),
                    Limit = table.Column<int>(type: "integer", nullable: false),
                    WarningId = table.Column<long>(type: "bigint", nullable: true),
                    ClueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ephedrine_sales", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ephedrine_sales_ephedrine_warnings_WarningId",
                        column: x => x.WarningId,
                        principalSchema: "drugs",
                        principalTable: "ephedrine_warnings",
                        principalColumn: "Id");
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
                name: "IX_adverse_reports_DivisionCode_ReceivedOn",
                schema: "drugs",
                table: "adverse_reports",
                columns: new[] { "DivisionCode", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_adverse_reports_ProductKey_EventOn",
                schema: "drugs",
                table: "adverse_reports",
                columns: new[] { "ProductKey", "EventOn" });

            migrationBuilder.CreateIndex(
                name: "IX_adverse_reports_ReportNo",
                schema: "drugs",
                table: "adverse_reports",
                column: "ReportNo",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_adverse_reports_SignalId",
                schema: "drugs",
                table: "adverse_reports",
                column: "SignalId");

            migrationBuilder.CreateIndex(
                name: "IX_adverse_signals_Number",
                schema: "drugs",
                table: "adverse_signals",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_adverse_signals_ProductKey_ToOn",
                schema: "drugs",
                table: "adverse_signals",
                columns: new[] { "ProductKey", "ToOn" });

            migrationBuilder.CreateIndex(
                name: "IX_adverse_signals_Reviewed",
                schema: "drugs",
                table: "adverse_signals",
                column: "Reviewed");

            migrationBuilder.CreateIndex(
                name: "IX_businesses_ChainHeadquartersId",
                schema: "drugs",
                table: "businesses",
                column: "ChainHeadquartersId");

            migrationBuilder.CreateIndex(
                name: "IX_businesses_Kind_DivisionCode",
                schema: "drugs",
                table: "businesses",
                columns: new[] { "Kind", "DivisionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_businesses_Uscc",
                schema: "drugs",
                table: "businesses",
                column: "Uscc");

            migrationBuilder.CreateIndex(
                name: "IX_ephedrine_sales_BusinessId_SaleNo",
                schema: "drugs",
                table: "ephedrine_sales",
                columns: new[] { "BusinessId", "SaleNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ephedrine_sales_BuyerHash_SoldOn",
                schema: "drugs",
                table: "ephedrine_sales",
                columns: new[] { "BuyerHash", "SoldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ephedrine_sales_DivisionCode_SoldOn",
                schema: "drugs",
                table: "ephedrine_sales",
                columns: new[] { "DivisionCode", "SoldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ephedrine_sales_SoldOn",
                schema: "drugs",
                table: "ephedrine_sales",
                column: "SoldOn");

            migrationBuilder.CreateIndex(
                name: "IX_ephedrine_sales_WarningId",
                schema: "drugs",
                table: "ephedrine_sales",
                column: "WarningId");

            migrationBuilder.CreateIndex(
                name: "IX_ephedrine_warnings_BuyerHash_Status",
                schema: "drugs",
                table: "ephedrine_warnings",
                columns: new[] { "BuyerHash", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ephedrine_warnings_Number",
                schema: "drugs",
                table: "ephedrine_warnings",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ephedrine_warnings_Status_DivisionCode",
                schema: "drugs",
                table: "ephedrine_warnings",
                columns: new[] { "Status", "DivisionCode" });

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
                name: "IX_licences_BusinessId",
                schema: "drugs",
                table: "licences",
                column: "BusinessId");

            migrationBuilder.CreateIndex(
                name: "IX_licences_DivisionCode",
                schema: "drugs",
                table: "licences",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_licences_Number",
                schema: "drugs",
                table: "licences",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_licences_Status_ValidTo",
                schema: "drugs",
                table: "licences",
                columns: new[] { "Status", "ValidTo" });

            migrationBuilder.CreateIndex(
                name: "IX_pharmacist_checks_BusinessId_On",
                schema: "drugs",
                table: "pharmacist_checks",
                columns: new[] { "BusinessId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_pharmacist_checks_On_DivisionCode",
                schema: "drugs",
                table: "pharmacist_checks",
                columns: new[] { "On", "DivisionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_pharmacists_BusinessId",
                schema: "drugs",
                table: "pharmacists",
                column: "BusinessId");

            migrationBuilder.CreateIndex(
                name: "IX_pharmacists_CertificateNo",
                schema: "drugs",
                table: "pharmacists",
                column: "CertificateNo");

            migrationBuilder.CreateIndex(
                name: "IX_risk_grades_DivisionCode_NextDueOn",
                schema: "drugs",
                table: "risk_grades",
                columns: new[] { "DivisionCode", "NextDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_rx_sale_checks_BusinessId_CheckedOn",
                schema: "drugs",
                table: "rx_sale_checks",
                columns: new[] { "BusinessId", "CheckedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_rx_sale_checks_DivisionCode_CheckedOn",
                schema: "drugs",
                table: "rx_sale_checks",
                columns: new[] { "DivisionCode", "CheckedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_self_reports_BusinessId_Year",
                schema: "drugs",
                table: "self_reports",
                columns: new[] { "BusinessId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_self_reports_Year_DivisionCode",
                schema: "drugs",
                table: "self_reports",
                columns: new[] { "Year", "DivisionCode" });

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
                name: "adverse_reports",
                schema: "drugs");

            migrationBuilder.DropTable(
                name: "businesses",
                schema: "drugs");

            migrationBuilder.DropTable(
                name: "ephedrine_sales",
                schema: "drugs");

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
                name: "licences",
                schema: "drugs");

            migrationBuilder.DropTable(
                name: "pharmacist_checks",
                schema: "drugs");

            migrationBuilder.DropTable(
                name: "pharmacists",
                schema: "drugs");

            migrationBuilder.DropTable(
                name: "risk_grades",
                schema: "drugs");

            migrationBuilder.DropTable(
                name: "rx_sale_checks",
                schema: "drugs");

            migrationBuilder.DropTable(
                name: "self_reports",
                schema: "drugs");

            migrationBuilder.DropTable(
                name: "vaccination_points",
                schema: "drugs");

            migrationBuilder.DropTable(
                name: "vaccine_checks",
                schema: "drugs");

            migrationBuilder.DropTable(
                name: "adverse_signals",
                schema: "drugs");

            migrationBuilder.DropTable(
                name: "ephedrine_warnings",
                schema: "drugs");

            migrationBuilder.DropTable(
                name: "inspections",
                schema: "drugs");
        }
    }
}
