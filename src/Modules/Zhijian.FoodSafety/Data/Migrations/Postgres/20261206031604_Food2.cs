using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zhijian.FoodSafety.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Food2 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "food_failures",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Source = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    SourceId = table.Column<long>(type: "bigint", nullable: false),
                    BatchKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SupplierKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SupplierName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Origin = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    ProductName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ProductGroup = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Withdrawn = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_failures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "fuse_notices",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SuspensionId = table.Column<long>(type: "bigint", nullable: false),
                    TestPointId = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fuse_notices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "fuse_rules",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProductGroup = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Basis = table.Column<int>(type: "integer", nullable: false),
                    Threshold = table.Column<int>(type: "integer", nullable: false),
                    WindowDays = table.Column<int>(type: "integer", nullable: false),
                    SuspensionDays = table.Column<int>(type: "integer", nullable: false),
                    CountRapid = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fuse_rules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "rapid_items",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Method = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Groups = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Standard = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rapid_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "rapid_tests",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TestPointId = table.Column<long>(type: "bigint", nullable: false),
                    ClientId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Stall = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    StallOperator = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ProductName = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ProductGroup = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    SupplierName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SupplierUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    Origin = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    BatchRef = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    TraceBatchKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ItemId = table.Column<long>(type: "bigint", nullable: false),
                    ItemName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Method = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Positive = table.Column<bool>(type: "boolean", nullable: false),
                    Value = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    TestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Tester = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    DeliveredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ObjectionBy = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    StopNotice = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ObjectedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ObjectionReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SamplingOrderId = table.Column<long>(type: "bigint", nullable: true),
                    SamplingOrderNumber = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    SettledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PostedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rapid_tests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "recall_batches",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecallId = table.Column<long>(type: "bigint", nullable: false),
                    ProductId = table.Column<long>(type: "bigint", nullable: false),
                    Lot = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ProductionDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Produced = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: false),
                    Sold = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_recall_batches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "recall_disposals",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecallId = table.Column<long>(type: "bigint", nullable: false),
                    Method = table.Column<int>(type: "integer", nullable: false),
                    Quantity = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: false),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PlannedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DoneQuantity = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: true),
                    Witnesses = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_recall_disposals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "recall_events",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecallId = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_recall_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "recall_products",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecallId = table.Column<long>(type: "bigint", nullable: false),
                    Seq = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Specification = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Gtin = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_recall_products", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "recall_progress",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecallId = table.Column<long>(type: "bigint", nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Recalled = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: false),
                    Planned = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: false),
                    Sold = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: false),
                    Notes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_recall_progress", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "recall_scope_lines",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecallId = table.Column<long>(type: "bigint", nullable: false),
                    PartyId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    PartyName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    PartyKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    BatchKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ProductName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    QuantityReceived = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: true),
                    FirstReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Depth = table.Column<int>(type: "integer", nullable: true),
                    Manual = table.Column<bool>(type: "boolean", nullable: false),
                    Recalled = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_recall_scope_lines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "recalls",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    ProducerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProducerAddress = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    LevelDefinition = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    LevelRegime = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Unit = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    LearnedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StartBy = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StartHours = table.Column<int>(type: "integer", nullable: false),
                    StartRule = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OrderNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    OrderedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PlanReceivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PlanSummary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PlannedQuantity = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: true),
                    AnnouncedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AnnouncementText = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CompleteBy = table.Column<DateOnly>(type: "date", nullable: true),
                    CompleteRule = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ExtensionReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ExtensionApprovedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ExtendedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LastProgressOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SummaryOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SummaryText = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SummaryRecalled = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: true),
                    SummarySold = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EvaluatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EvaluationPassed = table.Column<bool>(type: "boolean", nullable: true),
                    EvaluationNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    EvaluatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ScopeBatchKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ScopeDepth = table.Column<int>(type: "integer", nullable: true),
                    ScopeTracedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ScopeTruncated = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_recalls", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "suspensions",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    RuleId = table.Column<long>(type: "bigint", nullable: false),
                    RuleVersion = table.Column<int>(type: "integer", nullable: false),
                    ProductGroup = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Basis = table.Column<int>(type: "integer", nullable: false),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SubjectKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    BureauName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EndsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    FailureIds = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    LiftedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LiftReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    LiftedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ExpiredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_suspensions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "test_points",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    OperatorUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    OperatorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_test_points", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "trace_batches",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BatchKey = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Gtin = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: true),
                    Lot = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    TraceCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ProductName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CategoryCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    Origin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    Imported = table.Column<bool>(type: "boolean", nullable: false),
                    Complete = table.Column<bool>(type: "boolean", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    FirstSeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    OriginHoldingId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trace_batches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "trace_events",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EventId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Transformation = table.Column<bool>(type: "boolean", nullable: false),
                    Action = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Step = table.Column<int>(type: "integer", nullable: false),
                    EventTime = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    TimeZoneOffset = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    LocationPartyId = table.Column<long>(type: "bigint", nullable: false),
                    ReadPoint = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SourcePartyId = table.Column<long>(type: "bigint", nullable: true),
                    DestinationPartyId = table.Column<long>(type: "bigint", nullable: true),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    What = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ColdChainImport = table.Column<bool>(type: "boolean", nullable: false),
                    CustomsDeclarationNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    QuarantineCertNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    DisinfectionCertNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    NucleicAcidProofNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    DocumentsMissing = table.Column<bool>(type: "boolean", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trace_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "trace_parties",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PartyId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OperatorName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ParentId = table.Column<long>(type: "bigint", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trace_parties", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "trace_holdings",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BatchId = table.Column<long>(type: "bigint", nullable: false),
                    PartyId = table.Column<long>(type: "bigint", nullable: false),
                    QuantityReceived = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: true),
                    Unit = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    FirstReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trace_holdings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_trace_holdings_trace_batches_BatchId",
                        column: x => x.BatchId,
                        principalSchema: "food",
                        principalTable: "trace_batches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "trace_links",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FromHoldingId = table.Column<long>(type: "bigint", nullable: false),
                    ToHoldingId = table.Column<long>(type: "bigint", nullable: false),
                    Transform = table.Column<bool>(type: "boolean", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Quantity = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: true),
                    EventRowId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trace_links", x => x.Id);
                    table.ForeignKey(
                        name: "FK_trace_links_trace_events_EventRowId",
                        column: x => x.EventRowId,
                        principalSchema: "food",
                        principalTable: "trace_events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_trace_links_trace_holdings_FromHoldingId",
                        column: x => x.FromHoldingId,
                        principalSchema: "food",
                        principalTable: "trace_holdings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_trace_links_trace_holdings_ToHoldingId",
                        column: x => x.ToHoldingId,
                        principalSchema: "food",
                        principalTable: "trace_holdings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_food_failures_Origin_At",
                schema: "food",
                table: "food_failures",
                columns: new[] { "Origin", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_food_failures_ProductName_At",
                schema: "food",
                table: "food_failures",
                columns: new[] { "ProductName", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_food_failures_Source_SourceId",
                schema: "food",
                table: "food_failures",
                columns: new[] { "Source", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_food_failures_SupplierKey_At",
                schema: "food",
                table: "food_failures",
                columns: new[] { "SupplierKey", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_fuse_notices_SuspensionId",
                schema: "food",
                table: "fuse_notices",
                column: "SuspensionId");

            migrationBuilder.CreateIndex(
                name: "IX_fuse_notices_TestPointId",
                schema: "food",
                table: "fuse_notices",
                column: "TestPointId");

            migrationBuilder.CreateIndex(
                name: "IX_fuse_rules_ProductGroup_Version",
                schema: "food",
                table: "fuse_rules",
                columns: new[] { "ProductGroup", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rapid_items_Code",
                schema: "food",
                table: "rapid_items",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rapid_tests_DivisionCode",
                schema: "food",
                table: "rapid_tests",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_rapid_tests_SamplingOrderId",
                schema: "food",
                table: "rapid_tests",
                column: "SamplingOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_rapid_tests_Status_ObjectionBy",
                schema: "food",
                table: "rapid_tests",
                columns: new[] { "Status", "ObjectionBy" });

            migrationBuilder.CreateIndex(
                name: "IX_rapid_tests_TestedAt",
                schema: "food",
                table: "rapid_tests",
                column: "TestedAt");

            migrationBuilder.CreateIndex(
                name: "IX_rapid_tests_TestPointId_ClientId",
                schema: "food",
                table: "rapid_tests",
                columns: new[] { "TestPointId", "ClientId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rapid_tests_TestPointId_TestedAt",
                schema: "food",
                table: "rapid_tests",
                columns: new[] { "TestPointId", "TestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_recall_batches_Lot",
                schema: "food",
                table: "recall_batches",
                column: "Lot");

            migrationBuilder.CreateIndex(
                name: "IX_recall_batches_RecallId",
                schema: "food",
                table: "recall_batches",
                column: "RecallId");

            migrationBuilder.CreateIndex(
                name: "IX_recall_disposals_RecallId",
                schema: "food",
                table: "recall_disposals",
                column: "RecallId");

            migrationBuilder.CreateIndex(
                name: "IX_recall_events_RecallId",
                schema: "food",
                table: "recall_events",
                column: "RecallId");

            migrationBuilder.CreateIndex(
                name: "IX_recall_products_RecallId_Seq",
                schema: "food",
                table: "recall_products",
                columns: new[] { "RecallId", "Seq" });

            migrationBuilder.CreateIndex(
                name: "IX_recall_progress_RecallId",
                schema: "food",
                table: "recall_progress",
                column: "RecallId");

            migrationBuilder.CreateIndex(
                name: "IX_recall_scope_lines_RecallId",
                schema: "food",
                table: "recall_scope_lines",
                column: "RecallId");

            migrationBuilder.CreateIndex(
                name: "IX_recalls_AnnouncedOn",
                schema: "food",
                table: "recalls",
                column: "AnnouncedOn");

            migrationBuilder.CreateIndex(
                name: "IX_recalls_CompletedOn",
                schema: "food",
                table: "recalls",
                column: "CompletedOn");

            migrationBuilder.CreateIndex(
                name: "IX_recalls_DivisionCode",
                schema: "food",
                table: "recalls",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_recalls_Number",
                schema: "food",
                table: "recalls",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_recalls_StartedOn",
                schema: "food",
                table: "recalls",
                column: "StartedOn");

            migrationBuilder.CreateIndex(
                name: "IX_recalls_Status_DueOn",
                schema: "food",
                table: "recalls",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_recalls_Uscc",
                schema: "food",
                table: "recalls",
                column: "Uscc");

            migrationBuilder.CreateIndex(
                name: "IX_suspensions_DivisionCode",
                schema: "food",
                table: "suspensions",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_suspensions_Number",
                schema: "food",
                table: "suspensions",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_suspensions_StartedAt",
                schema: "food",
                table: "suspensions",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_suspensions_SubjectKey_ProductGroup",
                schema: "food",
                table: "suspensions",
                columns: new[] { "SubjectKey", "ProductGroup" });

            migrationBuilder.CreateIndex(
                name: "IX_test_points_DivisionCode",
                schema: "food",
                table: "test_points",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_test_points_Name",
                schema: "food",
                table: "test_points",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_trace_batches_BatchKey",
                schema: "food",
                table: "trace_batches",
                column: "BatchKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_trace_batches_FirstSeenAt_DivisionCode",
                schema: "food",
                table: "trace_batches",
                columns: new[] { "FirstSeenAt", "DivisionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_trace_events_DocumentsMissing_EventTime",
                schema: "food",
                table: "trace_events",
                columns: new[] { "DocumentsMissing", "EventTime" });

            migrationBuilder.CreateIndex(
                name: "IX_trace_events_EventId",
                schema: "food",
                table: "trace_events",
                column: "EventId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_trace_events_LocationPartyId_EventTime",
                schema: "food",
                table: "trace_events",
                columns: new[] { "LocationPartyId", "EventTime" });

            migrationBuilder.CreateIndex(
                name: "IX_trace_events_Step_EventTime",
                schema: "food",
                table: "trace_events",
                columns: new[] { "Step", "EventTime" });

            migrationBuilder.CreateIndex(
                name: "IX_trace_holdings_BatchId_PartyId",
                schema: "food",
                table: "trace_holdings",
                columns: new[] { "BatchId", "PartyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_trace_holdings_PartyId",
                schema: "food",
                table: "trace_holdings",
                column: "PartyId");

            migrationBuilder.CreateIndex(
                name: "IX_trace_links_EventRowId",
                schema: "food",
                table: "trace_links",
                column: "EventRowId");

            migrationBuilder.CreateIndex(
                name: "IX_trace_links_FromHoldingId_At",
                schema: "food",
                table: "trace_links",
                columns: new[] { "FromHoldingId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_trace_links_ToHoldingId_At",
                schema: "food",
                table: "trace_links",
                columns: new[] { "ToHoldingId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_trace_parties_Kind_DivisionCode",
                schema: "food",
                table: "trace_parties",
                columns: new[] { "Kind", "DivisionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_trace_parties_ParentId",
                schema: "food",
                table: "trace_parties",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_trace_parties_PartyId",
                schema: "food",
                table: "trace_parties",
                column: "PartyId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_trace_parties_Uscc",
                schema: "food",
                table: "trace_parties",
                column: "Uscc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "food_failures",
                schema: "food");

            migrationBuilder.DropTable(
                name: "fuse_notices",
                schema: "food");

            migrationBuilder.DropTable(
                name: "fuse_rules",
                schema: "food");

            migrationBuilder.DropTable(
                name: "rapid_items",
                schema: "food");

            migrationBuilder.DropTable(
                name: "rapid_tests",
                schema: "food");

            migrationBuilder.DropTable(
                name: "recall_batches",
                schema: "food");

            migrationBuilder.DropTable(
                name: "recall_disposals",
                schema: "food");

            migrationBuilder.DropTable(
                name: "recall_events",
                schema: "food");

            migrationBuilder.DropTable(
                name: "recall_products",
                schema: "food");

            migrationBuilder.DropTable(
                name: "recall_progress",
                schema: "food");

            migrationBuilder.DropTable(
                name: "recall_scope_lines",
                schema: "food");

            migrationBuilder.DropTable(
                name: "recalls",
                schema: "food");

            migrationBuilder.DropTable(
                name: "suspensions",
                schema: "food");

            migrationBuilder.DropTable(
                name: "test_points",
                schema: "food");

            migrationBuilder.DropTable(
                name: "trace_links",
                schema: "food");

            migrationBuilder.DropTable(
                name: "trace_parties",
                schema: "food");

            migrationBuilder.DropTable(
                name: "trace_events",
                schema: "food");

            migrationBuilder.DropTable(
                name: "trace_holdings",
                schema: "food");

            migrationBuilder.DropTable(
                name: "trace_batches",
                schema: "food");
        }
    }
}
