using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Zhijian.ProductQuality.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PqInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "pq");

            migrationBuilder.CreateTable(
                name: "ccc_certificates",
                schema: "pq",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    HolderUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    HolderName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Category = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Product = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Model = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Body = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ccc_certificates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ccc_mark_checks",
                schema: "pq",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    SellerUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    SellerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Product = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BrandModel = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CertificateNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    CertificateId = table.Column<long>(type: "bigint", nullable: true),
                    VerifiedLocally = table.Column<bool>(type: "boolean", nullable: false),
                    Result = table.Column<int>(type: "integer", nullable: false),
                    Findings = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Officers = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ClueSent = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ccc_mark_checks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "defect_investigation_steps",
                schema: "pq",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InvestigationId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    By = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_defect_investigation_steps", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "defect_investigations",
                schema: "pq",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    DefectReportId = table.Column<long>(type: "bigint", nullable: true),
                    ComplaintRef = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    FirmName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    FirmDivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Category = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Product = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Models = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ProducedFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ProducedTo = table.Column<DateOnly>(type: "date", nullable: true),
                    AffectedUnits = table.Column<long>(type: "bigint", nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ConcludedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DefectFound = table.Column<bool>(type: "boolean", nullable: true),
                    Conclusion = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    NotifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ObjectionDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ObjectionRule = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ObjectedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ObjectionText = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ObjectionUpheld = table.Column<bool>(type: "boolean", nullable: true),
                    ObjectionDecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ObjectionDecision = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecallId = table.Column<long>(type: "bigint", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_defect_investigations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "defect_reports",
                schema: "pq",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    FirmName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Registered = table.Column<bool>(type: "boolean", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    FirmDivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Category = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Product = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Models = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ProducedFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ProducedTo = table.Column<DateOnly>(type: "date", nullable: true),
                    AffectedUnits = table.Column<long>(type: "bigint", nullable: false),
                    Incident = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    KnownAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueRule = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Late = table.Column<bool>(type: "boolean", nullable: false),
                    InvestigationId = table.Column<long>(type: "bigint", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_defect_reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "follow_ups",
                schema: "pq",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SampleId = table.Column<long>(type: "bigint", nullable: false),
                    Part = table.Column<int>(type: "integer", nullable: false),
                    SampleNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PlanId = table.Column<long>(type: "bigint", nullable: false),
                    PlanName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: true),
                    OrgUnitName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ProductCategoryCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ProductName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProductKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Brand = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Model = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Standard = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ProducerUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    ProducerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProducerDivision = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    SellerUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    SellerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SellerDivision = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    FailedItems = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ConsumerGood = table.Column<bool>(type: "boolean", nullable: false),
                    NotifiedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Stage = table.Column<int>(type: "integer", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DueStep = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    StopConfirmedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    StopConfirmedHow = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OrderNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    OrderedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CorrectionDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CorrectionReportOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CorrectionReport = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RecheckDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecheckOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecheckReportNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    RecheckPassed = table.Column<bool>(type: "boolean", nullable: true),
                    RecheckConclusion = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ReportedUpOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AnnouncedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Announcement = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    SecondFromOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SecondDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SecondRecheckOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SecondReportNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    SecondPassed = table.Column<bool>(type: "boolean", nullable: true),
                    SecondConclusion = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    WithdrawReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    OutOfArea = table.Column<bool>(type: "boolean", nullable: false),
                    ProducerBureauId = table.Column<int>(type: "integer", nullable: true),
                    ProducerBureauName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ProducerNotifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ProducerLetterNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    ReferredBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ClueRaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RefusalClueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_follow_ups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "labs",
                schema: "pq",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Accreditation = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ApiClientId = table.Column<int>(type: "integer", nullable: true),
                    ApiClientName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_labs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "licence_applications",
                schema: "pq",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    ApplicantUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    ApplicantName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Varieties = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProductNames = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    LicenceNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    OnSiteDue = table.Column<DateOnly>(type: "date", nullable: false),
                    OnSiteOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OnSitePassed = table.Column<bool>(type: "boolean", nullable: true),
                    SamplesDue = table.Column<DateOnly>(type: "date", nullable: true),
                    SamplesSentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionDue = table.Column<DateOnly>(type: "date", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Decision = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_licence_applications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "licence_checks",
                schema: "pq",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LicenceId = table.Column<long>(type: "bigint", nullable: true),
                    LicenceNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Unlicensed = table.Column<bool>(type: "boolean", nullable: false),
                    HolderUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    HolderName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Variety = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Officers = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProductionOk = table.Column<bool>(type: "boolean", nullable: false),
                    TestingOk = table.Column<bool>(type: "boolean", nullable: false),
                    MarkOk = table.Column<bool>(type: "boolean", nullable: false),
                    Sampled = table.Column<bool>(type: "boolean", nullable: false),
                    Result = table.Column<int>(type: "integer", nullable: false),
                    RectifyBy = table.Column<DateOnly>(type: "date", nullable: true),
                    Findings = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ClueSent = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_licence_checks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "licences",
                schema: "pq",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    HolderUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    HolderName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Varieties = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProductNames = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    FoodRelated = table.Column<bool>(type: "boolean", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    StatusOn = table.Column<DateOnly>(type: "date", nullable: true),
                    StatusReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Authority = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    ProducingAfterExpiry = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_licences", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "plans",
                schema: "pq",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: true),
                    OrgUnitName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    TargetKind = table.Column<int>(type: "integer", nullable: false),
                    Scope = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Emergency = table.Column<bool>(type: "boolean", nullable: false),
                    FollowUp = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Commitment = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Secret = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Algorithm = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    PublicValue = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    FrozenOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DrawnOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "product_categories",
                schema: "pq",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ConsumerGood = table.Column<bool>(type: "boolean", nullable: false),
                    IndustryPrefixes = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Standards = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    LicenceRequired = table.Column<bool>(type: "boolean", nullable: false),
                    CccRequired = table.Column<bool>(type: "boolean", nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_product_categories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "recall_events",
                schema: "pq",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Subject = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SubjectId = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_recall_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "recall_progress",
                schema: "pq",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecallId = table.Column<long>(type: "bigint", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Recalled = table.Column<long>(type: "bigint", nullable: false),
                    Repaired = table.Column<long>(type: "bigint", nullable: false),
                    Replaced = table.Column<long>(type: "bigint", nullable: false),
                    Refunded = table.Column<long>(type: "bigint", nullable: false),
                    Warned = table.Column<long>(type: "bigint", nullable: false),
                    Notes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    By = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_recall_progress", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "recalls",
                schema: "pq",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Mode = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    InvestigationId = table.Column<long>(type: "bigint", nullable: true),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    FirmName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    FirmDivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Category = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Product = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Models = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ProducedFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ProducedTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Defect = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Hazard = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Contact = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ConfirmedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    OrderNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    PlanDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PlanRule = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Measures = table.Column<int>(type: "integer", nullable: false),
                    AffectedUnits = table.Column<long>(type: "bigint", nullable: false),
                    Scope = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    PlanStart = table.Column<DateOnly>(type: "date", nullable: true),
                    PlanEnd = table.Column<DateOnly>(type: "date", nullable: true),
                    PlanFiledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NoticeDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NoticeRule = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    NoticeOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NoticeText = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    OwnerNoticeDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OwnerNoticeRule = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    OwnersNotifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ProgressDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LastProgressOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecalledUnits = table.Column<long>(type: "bigint", nullable: false),
                    SummaryDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SummaryRule = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SummaryOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SummaryText = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RefusedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RefusalNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ClueRaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_recalls", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "samples",
                schema: "pq",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PlanId = table.Column<long>(type: "bigint", nullable: false),
                    TargetId = table.Column<long>(type: "bigint", nullable: true),
                    CategoryId = table.Column<int>(type: "integer", nullable: false),
                    CategoryCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CategoryName = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ConsumerGood = table.Column<bool>(type: "boolean", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: true),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    SampledOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Officers = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ProductName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Brand = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Model = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Standard = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Batch = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ProducedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Quantity = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    BaseQuantity = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ProducerUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    ProducerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProducerDivision = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    SellerUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    SellerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SellerDivision = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    Sealed = table.Column<bool>(type: "boolean", nullable: false),
                    LabId = table.Column<long>(type: "bigint", nullable: false),
                    LabName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProductKey = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Conclusion = table.Column<int>(type: "integer", nullable: false),
                    ReportNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    ReportDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Items = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    FailedItems = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    NotifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Objection = table.Column<int>(type: "integer", nullable: false),
                    ObjectionFiledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ObjectionReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ObjectionDecideBy = table.Column<DateOnly>(type: "date", nullable: true),
                    ObjectionDecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ObjectionDecision = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RetestFee = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    RetestCandidates = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RetestCandidateHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    RetestCommitment = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    RetestSecret = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    RetestPublicValue = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RetestLabId = table.Column<long>(type: "bigint", nullable: true),
                    RetestLabName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RetestReportNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    RetestReportDate = table.Column<DateOnly>(type: "date", nullable: true),
                    RetestItems = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    FeeBorneBy = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    FollowUpOpened = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_samples", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "targets",
                schema: "pq",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<long>(type: "bigint", nullable: false),
                    PlanCategoryId = table.Column<long>(type: "bigint", nullable: false),
                    CategoryCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Role = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    DrawOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_targets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "follow_up_events",
                schema: "pq",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FollowUpId = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_follow_up_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_follow_up_events_follow_ups_FollowUpId",
                        column: x => x.FollowUpId,
                        principalSchema: "pq",
                        principalTable: "follow_ups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_categories",
                schema: "pq",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<long>(type: "bigint", nullable: false),
                    CategoryId = table.Column<int>(type: "integer", nullable: false),
                    CategoryCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CategoryName = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ConsumerGood = table.Column<bool>(type: "boolean", nullable: false),
                    Batches = table.Column<int>(type: "integer", nullable: false),
                    Candidates = table.Column<string>(type: "text", nullable: true),
                    CandidateHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CandidateCount = table.Column<int>(type: "integer", nullable: false),
                    Excluded = table.Column<int>(type: "integer", nullable: false),
                    Picked = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_categories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plan_categories_plans_PlanId",
                        column: x => x.PlanId,
                        principalSchema: "pq",
                        principalTable: "plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                schema: "pq",
                table: "labs",
                columns: new[] { "Id", "Accreditation", "Active", "ApiClientId", "ApiClientName", "Name", "Uscc" },
                values: new object[,]
                {
                    { 1L, "CMA 190015340001", true, null, null, "山东省产品质量检验研究院", "12370000MB37010135" },
                    { 2L, "CMA 190015340002", true, null, null, "济南市产品质量检验院", "12370100MB37010215" },
                    { 3L, "CMA 190015340003", true, null, null, "山东省纤维质量监测中心", "12370000MB370103XP" },
                    { 4L, "CMA 190015340004", true, null, null, "山东省建筑材料产品质量检验站", "12370000MB3701048P" }
                });

            migrationBuilder.InsertData(
                schema: "pq",
                table: "product_categories",
                columns: new[] { "Id", "Active", "CccRequired", "Code", "ConsumerGood", "IndustryPrefixes", "LicenceRequired", "Name", "Standards" },
                values: new object[,]
                {
                    { 1, true, true, "PQ001", true, "245", false, "儿童玩具", "GB 6675.1-2014 玩具安全 第1部分：基本规范\nGB 6675.2-2014 玩具安全 第2部分：机械与物理性能\nGB 6675.3-2014 玩具安全 第3部分：易燃性能\nGB 6675.4-2014 玩具安全 第4部分：特定元素的迁移" },
                    { 2, true, true, "PQ002", true, "3770,3761", false, "电动自行车", "GB 17761-2024 电动自行车安全技术规范\nGB 42295-2022 电动自行车电气安全要求\nGB 43854-2024 电动自行车用锂离子蓄电池安全技术规范" },
                    { 3, true, true, "PQ003", false, "3831", true, "电线电缆", "GB/T 5023.1-2008 额定电压450/750V及以下聚氯乙烯绝缘电缆 第1部分：一般要求\nGB/T 12706.1-2020 额定电压1kV到35kV挤包绝缘电力电缆及附件 第1部分" },
                    { 4, true, false, "PQ004", false, "262", true, "化肥", "GB/T 15063-2020 复合肥料\nGB/T 2440-2017 尿素\nGB 38400-2019 肥料中有毒有害物质的限量要求" },
                    { 5, true, false, "PQ005", true, "2921,2926", false, "塑料购物袋", "GB/T 21661-2020 塑料购物袋" },
                    { 6, true, false, "PQ006", false, "2929,1890", false, "安全帽", "GB 2811-2019 头部防护 安全帽" },
                    { 7, true, true, "PQ007", true, "3862", false, "燃气灶具", "GB 16410-2020 家用燃气灶具" },
                    { 8, true, true, "PQ008", true, "3855,3859", false, "电热水器", "GB 4706.1-2005 家用和类似用途电器的安全 第1部分：通用要求\nGB 4706.12-2006 家用和类似用途电器的安全 储水式热水器的特殊要求" },
                    { 9, true, false, "PQ009", true, "241", false, "学生用品", "GB 21027-2020 学生用品的安全通用要求" },
                    { 10, true, false, "PQ010", true, "1810,1820", false, "童装", "GB 31701-2015 婴幼儿及儿童纺织产品安全技术规范\nGB 18401-2010 国家纺织产品基本安全技术规范" },
                    { 11, true, false, "PQ011", true, "1771", false, "床上用品", "GB 18401-2010 国家纺织产品基本安全技术规范\nGB/T 22796-2021 床上用品" },
                    { 12, true, false, "PQ012", false, "2669", false, "车用尿素", "GB 29518-2013 柴油发动机氮氧化物还原剂 尿素水溶液（AUS 32）" },
                    { 13, true, false, "PQ013", false, "2511", true, "成品油", "GB 17930-2016 车用汽油\nGB 19147-2016 车用柴油" },
                    { 14, true, false, "PQ014", false, "2641", true, "涂料", "GB 18582-2020 建筑用墙面涂料中有害物质限量\nGB 30981-2020 工业防护涂料中有害物质限量" },
                    { 15, true, false, "PQ015", false, "2669", false, "胶粘剂", "GB 33372-2020 胶粘剂挥发性有机化合物限量\nGB 18583-2008 室内装饰装修材料 胶粘剂中有害物质限量" },
                    { 16, true, false, "PQ016", false, "2921", false, "农膜", "GB 13735-2017 聚乙烯吹塑农用地面覆盖薄膜" },
                    { 17, true, false, "PQ017", false, "2922", false, "滴灌带", "GB/T 19812.1-2017 塑料节水灌溉器材 第1部分：单翼迷宫式滴灌带" },
                    { 18, true, false, "PQ018", true, "2672", false, "烟花爆竹", "GB 10631-2013 烟花爆竹 安全与质量" },
                    { 19, true, false, "PQ019", true, "3587", false, "眼镜", "GB 13511.1-2011 配装眼镜 第1部分：单光和多焦点\nGB 10810.1-2005 眼镜镜片 第1部分：单光和多焦点镜片" },
                    { 20, true, false, "PQ020", true, "1810,1820", false, "服装", "GB 18401-2010 国家纺织产品基本安全技术规范\nGB/T 2660-2017 衬衫" },
                    { 21, true, false, "PQ021", true, "195", false, "鞋类", "GB 30585-2014 儿童鞋安全技术规范\nGB/T 15107-2013 旅游鞋" },
                    { 22, true, false, "PQ022", true, "21", false, "家具", "GB 18584-2001 室内装饰装修材料 木家具中有害物质限量\nGB 28007-2011 儿童家具通用技术条件" },
                    { 23, true, true, "PQ023", true, "382", false, "插头插座", "GB/T 2099.1-2021 家用和类似用途插头插座 第1部分：通用要求\nGB/T 1002-2021 家用和类似用途单相插头插座 型式、基本参数和尺寸" },
                    { 24, true, true, "PQ024", true, "3854", false, "电饭锅", "GB 4706.1-2005 家用和类似用途电器的安全 第1部分：通用要求\nGB 4706.19-2008 家用和类似用途电器的安全 液体加热器的特殊要求" },
                    { 25, true, true, "PQ025", true, "3841,3849", false, "移动电源", "GB 31241-2022 便携式电子产品用锂离子电池和电池组 安全技术规范\nGB 4943.1-2022 音视频、信息技术和通信技术设备 第1部分：安全要求" },
                    { 26, true, true, "PQ026", true, "3872", false, "照明灯具", "GB 7000.1-2015 灯具 第1部分：一般要求与试验" },
                    { 27, true, false, "PQ027", false, "3011", true, "水泥", "GB 175-2023 通用硅酸盐水泥" },
                    { 28, true, false, "PQ028", false, "313", true, "建筑用钢筋", "GB/T 1499.2-2024 钢筋混凝土用钢 第2部分：热轧带肋钢筋" },
                    { 29, true, false, "PQ029", false, "2926", true, "食品用塑料包装容器工具", "GB 4806.1-2016 食品接触材料及制品通用安全要求\nGB 4806.7-2023 食品接触用塑料材料及制品" },
                    { 30, true, true, "PQ030", true, "2929,1890", false, "电动自行车乘员头盔", "GB 811-2022 摩托车、电动自行车乘员头盔" },
                    { 31, true, false, "PQ031", false, "202", false, "人造板", "GB 18580-2017 室内装饰装修材料 人造板及其制品中甲醛释放限量" },
                    { 32, true, false, "PQ032", true, "2239", false, "卫生巾和纸尿裤", "GB/T 8939-2018 卫生巾（护垫）\nGB 15979-2002 一次性使用卫生用品卫生标准" },
                    { 33, true, false, "PQ033", false, "3071", false, "陶瓷砖", "GB/T 4100-2015 陶瓷砖\nGB 6566-2010 建筑材料放射性核素限量" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_ccc_certificates_HolderUscc",
                schema: "pq",
                table: "ccc_certificates",
                column: "HolderUscc");

            migrationBuilder.CreateIndex(
                name: "IX_ccc_certificates_Number",
                schema: "pq",
                table: "ccc_certificates",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ccc_certificates_Status_ValidTo",
                schema: "pq",
                table: "ccc_certificates",
                columns: new[] { "Status", "ValidTo" });

            migrationBuilder.CreateIndex(
                name: "IX_ccc_mark_checks_CertificateNumber",
                schema: "pq",
                table: "ccc_mark_checks",
                column: "CertificateNumber");

            migrationBuilder.CreateIndex(
                name: "IX_ccc_mark_checks_On_DivisionCode",
                schema: "pq",
                table: "ccc_mark_checks",
                columns: new[] { "On", "DivisionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_ccc_mark_checks_SellerUscc",
                schema: "pq",
                table: "ccc_mark_checks",
                column: "SellerUscc");

            migrationBuilder.CreateIndex(
                name: "IX_defect_investigation_steps_InvestigationId",
                schema: "pq",
                table: "defect_investigation_steps",
                column: "InvestigationId");

            migrationBuilder.CreateIndex(
                name: "IX_defect_investigations_DivisionCode",
                schema: "pq",
                table: "defect_investigations",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_defect_investigations_Number",
                schema: "pq",
                table: "defect_investigations",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_defect_investigations_Status_ObjectionDueOn",
                schema: "pq",
                table: "defect_investigations",
                columns: new[] { "Status", "ObjectionDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_defect_reports_DivisionCode",
                schema: "pq",
                table: "defect_reports",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_defect_reports_Number",
                schema: "pq",
                table: "defect_reports",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_defect_reports_ReportedOn",
                schema: "pq",
                table: "defect_reports",
                column: "ReportedOn");

            migrationBuilder.CreateIndex(
                name: "IX_defect_reports_Status_Kind",
                schema: "pq",
                table: "defect_reports",
                columns: new[] { "Status", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_follow_up_events_FollowUpId",
                schema: "pq",
                table: "follow_up_events",
                column: "FollowUpId");

            migrationBuilder.CreateIndex(
                name: "IX_follow_ups_DivisionCode",
                schema: "pq",
                table: "follow_ups",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_follow_ups_Number",
                schema: "pq",
                table: "follow_ups",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_follow_ups_PlanId",
                schema: "pq",
                table: "follow_ups",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_follow_ups_ProducerUscc",
                schema: "pq",
                table: "follow_ups",
                column: "ProducerUscc");

            migrationBuilder.CreateIndex(
                name: "IX_follow_ups_ProductKey",
                schema: "pq",
                table: "follow_ups",
                column: "ProductKey");

            migrationBuilder.CreateIndex(
                name: "IX_follow_ups_SampleId_Part",
                schema: "pq",
                table: "follow_ups",
                columns: new[] { "SampleId", "Part" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_follow_ups_Stage_DueOn",
                schema: "pq",
                table: "follow_ups",
                columns: new[] { "Stage", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_labs_ApiClientId",
                schema: "pq",
                table: "labs",
                column: "ApiClientId");

            migrationBuilder.CreateIndex(
                name: "IX_labs_Name",
                schema: "pq",
                table: "labs",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_licence_applications_ApplicantUscc",
                schema: "pq",
                table: "licence_applications",
                column: "ApplicantUscc");

            migrationBuilder.CreateIndex(
                name: "IX_licence_applications_DecidedOn_DecisionDue",
                schema: "pq",
                table: "licence_applications",
                columns: new[] { "DecidedOn", "DecisionDue" });

            migrationBuilder.CreateIndex(
                name: "IX_licence_applications_LicenceNumber",
                schema: "pq",
                table: "licence_applications",
                column: "LicenceNumber");

            migrationBuilder.CreateIndex(
                name: "IX_licence_applications_Number",
                schema: "pq",
                table: "licence_applications",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_licence_checks_HolderUscc",
                schema: "pq",
                table: "licence_checks",
                column: "HolderUscc");

            migrationBuilder.CreateIndex(
                name: "IX_licence_checks_LicenceId_On",
                schema: "pq",
                table: "licence_checks",
                columns: new[] { "LicenceId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_licence_checks_On_DivisionCode",
                schema: "pq",
                table: "licence_checks",
                columns: new[] { "On", "DivisionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_licences_DivisionCode",
                schema: "pq",
                table: "licences",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_licences_HolderUscc",
                schema: "pq",
                table: "licences",
                column: "HolderUscc");

            migrationBuilder.CreateIndex(
                name: "IX_licences_Number",
                schema: "pq",
                table: "licences",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_licences_Status_ValidTo",
                schema: "pq",
                table: "licences",
                columns: new[] { "Status", "ValidTo" });

            migrationBuilder.CreateIndex(
                name: "IX_plan_categories_PlanId_CategoryId",
                schema: "pq",
                table: "plan_categories",
                columns: new[] { "PlanId", "CategoryId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plans_Number",
                schema: "pq",
                table: "plans",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plans_Year_DivisionCode",
                schema: "pq",
                table: "plans",
                columns: new[] { "Year", "DivisionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_product_categories_Code",
                schema: "pq",
                table: "product_categories",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_recall_events_Subject_SubjectId",
                schema: "pq",
                table: "recall_events",
                columns: new[] { "Subject", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_recall_progress_RecallId",
                schema: "pq",
                table: "recall_progress",
                column: "RecallId");

            migrationBuilder.CreateIndex(
                name: "IX_recalls_DivisionCode",
                schema: "pq",
                table: "recalls",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_recalls_NoticeOn",
                schema: "pq",
                table: "recalls",
                column: "NoticeOn");

            migrationBuilder.CreateIndex(
                name: "IX_recalls_Number",
                schema: "pq",
                table: "recalls",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_recalls_Status_Kind",
                schema: "pq",
                table: "recalls",
                columns: new[] { "Status", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_recalls_SummaryOn",
                schema: "pq",
                table: "recalls",
                column: "SummaryOn");

            migrationBuilder.CreateIndex(
                name: "IX_samples_Conclusion_NotifiedOn",
                schema: "pq",
                table: "samples",
                columns: new[] { "Conclusion", "NotifiedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_samples_DivisionCode_SampledOn",
                schema: "pq",
                table: "samples",
                columns: new[] { "DivisionCode", "SampledOn" });

            migrationBuilder.CreateIndex(
                name: "IX_samples_LabId",
                schema: "pq",
                table: "samples",
                column: "LabId");

            migrationBuilder.CreateIndex(
                name: "IX_samples_Number",
                schema: "pq",
                table: "samples",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_samples_Objection",
                schema: "pq",
                table: "samples",
                column: "Objection");

            migrationBuilder.CreateIndex(
                name: "IX_samples_PlanId_CategoryCode",
                schema: "pq",
                table: "samples",
                columns: new[] { "PlanId", "CategoryCode" });

            migrationBuilder.CreateIndex(
                name: "IX_samples_ProducerUscc_CategoryId_SampledOn",
                schema: "pq",
                table: "samples",
                columns: new[] { "ProducerUscc", "CategoryId", "SampledOn" });

            migrationBuilder.CreateIndex(
                name: "IX_samples_ProductKey_SampledOn",
                schema: "pq",
                table: "samples",
                columns: new[] { "ProductKey", "SampledOn" });

            migrationBuilder.CreateIndex(
                name: "IX_targets_PlanId_CategoryCode_DrawOrder",
                schema: "pq",
                table: "targets",
                columns: new[] { "PlanId", "CategoryCode", "DrawOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_targets_Uscc",
                schema: "pq",
                table: "targets",
                column: "Uscc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ccc_certificates",
                schema: "pq");

            migrationBuilder.DropTable(
                name: "ccc_mark_checks",
                schema: "pq");

            migrationBuilder.DropTable(
                name: "defect_investigation_steps",
                schema: "pq");

            migrationBuilder.DropTable(
                name: "defect_investigations",
                schema: "pq");

            migrationBuilder.DropTable(
                name: "defect_reports",
                schema: "pq");

            migrationBuilder.DropTable(
                name: "follow_up_events",
                schema: "pq");

            migrationBuilder.DropTable(
                name: "labs",
                schema: "pq");

            migrationBuilder.DropTable(
                name: "licence_applications",
                schema: "pq");

            migrationBuilder.DropTable(
                name: "licence_checks",
                schema: "pq");

            migrationBuilder.DropTable(
                name: "licences",
                schema: "pq");

            migrationBuilder.DropTable(
                name: "plan_categories",
                schema: "pq");

            migrationBuilder.DropTable(
                name: "product_categories",
                schema: "pq");

            migrationBuilder.DropTable(
                name: "recall_events",
                schema: "pq");

            migrationBuilder.DropTable(
                name: "recall_progress",
                schema: "pq");

            migrationBuilder.DropTable(
                name: "recalls",
                schema: "pq");

            migrationBuilder.DropTable(
                name: "samples",
                schema: "pq");

            migrationBuilder.DropTable(
                name: "targets",
                schema: "pq");

            migrationBuilder.DropTable(
                name: "follow_ups",
                schema: "pq");

            migrationBuilder.DropTable(
                name: "plans",
                schema: "pq");
        }
    }
}
