using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhijian.FoodSafety.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Food2 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "food_food_failures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    SourceId = table.Column<long>(type: "INTEGER", nullable: false),
                    BatchKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SupplierKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SupplierName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    ProductName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ProductGroup = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Withdrawn = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_food_failures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_fuse_notices",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SuspensionId = table.Column<long>(type: "INTEGER", nullable: false),
                    TestPointId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_fuse_notices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_fuse_rules",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProductGroup = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Basis = table.Column<int>(type: "INTEGER", nullable: false),
                    Threshold = table.Column<int>(type: "INTEGER", nullable: false),
                    WindowDays = table.Column<int>(type: "INTEGER", nullable: false),
                    SuspensionDays = table.Column<int>(type: "INTEGER", nullable: false),
                    CountRapid = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_fuse_rules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_rapid_items",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Groups = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Standard = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_rapid_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_rapid_tests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TestPointId = table.Column<long>(type: "INTEGER", nullable: false),
                    ClientId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Stall = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StallOperator = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ProductName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ProductGroup = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    SupplierName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SupplierUscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    BatchRef = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    TraceBatchKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ItemId = table.Column<long>(type: "INTEGER", nullable: false),
                    ItemName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Positive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    TestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Tester = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    DeliveredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ObjectionBy = table.Column<long>(type: "INTEGER", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    StopNotice = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ObjectedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ObjectionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SamplingOrderId = table.Column<long>(type: "INTEGER", nullable: true),
                    SamplingOrderNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    SettledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PostedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_rapid_tests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_recall_batches",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecallId = table.Column<long>(type: "INTEGER", nullable: false),
                    ProductId = table.Column<long>(type: "INTEGER", nullable: false),
                    Lot = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ProductionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Produced = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: false),
                    Sold = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_recall_batches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_recall_disposals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecallId = table.Column<long>(type: "INTEGER", nullable: false),
                    Method = table.Column<int>(type: "INTEGER", nullable: false),
                    Quantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PlannedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DoneQuantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: true),
                    Witnesses = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_recall_disposals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_recall_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecallId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_recall_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_recall_products",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecallId = table.Column<long>(type: "INTEGER", nullable: false),
                    Seq = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Specification = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Gtin = table.Column<string>(type: "TEXT", maxLength: 14, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_recall_products", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_recall_progress",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecallId = table.Column<long>(type: "INTEGER", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Recalled = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: false),
                    Planned = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: false),
                    Sold = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_recall_progress", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_recall_scope_lines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecallId = table.Column<long>(type: "INTEGER", nullable: false),
                    PartyId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PartyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    PartyKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    BatchKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ProductName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    QuantityReceived = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: true),
                    FirstReceivedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Depth = table.Column<int>(type: "INTEGER", nullable: true),
                    Manual = table.Column<bool>(type: "INTEGER", nullable: false),
                    Recalled = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_recall_scope_lines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_recalls",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    ProducerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProducerAddress = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    LevelDefinition = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    LevelRegime = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    LearnedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StartBy = table.Column<long>(type: "INTEGER", nullable: false),
                    StartHours = table.Column<int>(type: "INTEGER", nullable: false),
                    StartRule = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OrderNo = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    OrderedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PlanReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PlanSummary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PlannedQuantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: true),
                    AnnouncedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AnnouncementText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CompleteBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CompleteRule = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExtensionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ExtensionApprovedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ExtendedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastProgressOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SummaryOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SummaryText = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SummaryRecalled = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: true),
                    SummarySold = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EvaluatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EvaluationPassed = table.Column<bool>(type: "INTEGER", nullable: true),
                    EvaluationNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    EvaluatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ScopeBatchKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ScopeDepth = table.Column<int>(type: "INTEGER", nullable: true),
                    ScopeTracedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ScopeTruncated = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_recalls", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_suspensions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    RuleId = table.Column<long>(type: "INTEGER", nullable: false),
                    RuleVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    ProductGroup = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Basis = table.Column<int>(type: "INTEGER", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SubjectKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    BureauName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    FailureIds = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    LiftedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LiftReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    LiftedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ExpiredAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_suspensions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_test_points",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    OperatorUscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    OperatorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_test_points", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_trace_batches",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BatchKey = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Gtin = table.Column<string>(type: "TEXT", maxLength: 14, nullable: true),
                    Lot = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    TraceCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ProductName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CategoryCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    Imported = table.Column<bool>(type: "INTEGER", nullable: false),
                    Complete = table.Column<bool>(type: "INTEGER", nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    FirstSeenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OriginHoldingId = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_trace_batches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_trace_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Transformation = table.Column<bool>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Step = table.Column<int>(type: "INTEGER", nullable: false),
                    EventTime = table.Column<long>(type: "INTEGER", nullable: false),
                    TimeZoneOffset = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    LocationPartyId = table.Column<long>(type: "INTEGER", nullable: false),
                    ReadPoint = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SourcePartyId = table.Column<long>(type: "INTEGER", nullable: true),
                    DestinationPartyId = table.Column<long>(type: "INTEGER", nullable: true),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    What = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ColdChainImport = table.Column<bool>(type: "INTEGER", nullable: false),
                    CustomsDeclarationNo = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    QuarantineCertNo = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    DisinfectionCertNo = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    NucleicAcidProofNo = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    DocumentsMissing = table.Column<bool>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_trace_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_trace_parties",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PartyId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OperatorName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ParentId = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_trace_parties", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_trace_holdings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BatchId = table.Column<long>(type: "INTEGER", nullable: false),
                    PartyId = table.Column<long>(type: "INTEGER", nullable: false),
                    QuantityReceived = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: true),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    FirstReceivedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_trace_holdings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_food_trace_holdings_food_trace_batches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "food_trace_batches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "food_trace_links",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FromHoldingId = table.Column<long>(type: "INTEGER", nullable: false),
                    ToHoldingId = table.Column<long>(type: "INTEGER", nullable: false),
                    Transform = table.Column<bool>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Quantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: true),
                    EventRowId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_trace_links", x => x.Id);
                    table.ForeignKey(
                        name: "FK_food_trace_links_food_trace_events_EventRowId",
                        column: x => x.EventRowId,
                        principalTable: "food_trace_events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_food_trace_links_food_trace_holdings_FromHoldingId",
                        column: x => x.FromHoldingId,
                        principalTable: "food_trace_holdings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_food_trace_links_food_trace_holdings_ToHoldingId",
                        column: x => x.ToHoldingId,
                        principalTable: "food_trace_holdings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_food_food_failures_Origin_At",
                table: "food_food_failures",
                columns: new[] { "Origin", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_food_food_failures_ProductName_At",
                table: "food_food_failures",
                columns: new[] { "ProductName", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_food_food_failures_Source_SourceId",
                table: "food_food_failures",
                columns: new[] { "Source", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_food_food_failures_SupplierKey_At",
                table: "food_food_failures",
                columns: new[] { "SupplierKey", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_food_fuse_notices_SuspensionId",
                table: "food_fuse_notices",
                column: "SuspensionId");

            migrationBuilder.CreateIndex(
                name: "IX_food_fuse_notices_TestPointId",
                table: "food_fuse_notices",
                column: "TestPointId");

            migrationBuilder.CreateIndex(
                name: "IX_food_fuse_rules_ProductGroup_Version",
                table: "food_fuse_rules",
                columns: new[] { "ProductGroup", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_food_rapid_items_Code",
                table: "food_rapid_items",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_food_rapid_tests_DivisionCode",
                table: "food_rapid_tests",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_food_rapid_tests_SamplingOrderId",
                table: "food_rapid_tests",
                column: "SamplingOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_food_rapid_tests_Status_ObjectionBy",
                table: "food_rapid_tests",
                columns: new[] { "Status", "ObjectionBy" });

            migrationBuilder.CreateIndex(
                name: "IX_food_rapid_tests_TestedAt",
                table: "food_rapid_tests",
                column: "TestedAt");

            migrationBuilder.CreateIndex(
                name: "IX_food_rapid_tests_TestPointId_ClientId",
                table: "food_rapid_tests",
                columns: new[] { "TestPointId", "ClientId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_food_rapid_tests_TestPointId_TestedAt",
                table: "food_rapid_tests",
                columns: new[] { "TestPointId", "TestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_food_recall_batches_Lot",
                table: "food_recall_batches",
                column: "Lot");

            migrationBuilder.CreateIndex(
                name: "IX_food_recall_batches_RecallId",
                table: "food_recall_batches",
                column: "RecallId");

            migrationBuilder.CreateIndex(
                name: "IX_food_recall_disposals_RecallId",
                table: "food_recall_disposals",
                column: "RecallId");

            migrationBuilder.CreateIndex(
                name: "IX_food_recall_events_RecallId",
                table: "food_recall_events",
                column: "RecallId");

            migrationBuilder.CreateIndex(
                name: "IX_food_recall_products_RecallId_Seq",
                table: "food_recall_products",
                columns: new[] { "RecallId", "Seq" });

            migrationBuilder.CreateIndex(
                name: "IX_food_recall_progress_RecallId",
                table: "food_recall_progress",
                column: "RecallId");

            migrationBuilder.CreateIndex(
                name: "IX_food_recall_scope_lines_RecallId",
                table: "food_recall_scope_lines",
                column: "RecallId");

            migrationBuilder.CreateIndex(
                name: "IX_food_recalls_AnnouncedOn",
                table: "food_recalls",
                column: "AnnouncedOn");

            migrationBuilder.CreateIndex(
                name: "IX_food_recalls_CompletedOn",
                table: "food_recalls",
                column: "CompletedOn");

            migrationBuilder.CreateIndex(
                name: "IX_food_recalls_DivisionCode",
                table: "food_recalls",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_food_recalls_Number",
                table: "food_recalls",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_food_recalls_StartedOn",
                table: "food_recalls",
                column: "StartedOn");

            migrationBuilder.CreateIndex(
                name: "IX_food_recalls_Status_DueOn",
                table: "food_recalls",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_food_recalls_Uscc",
                table: "food_recalls",
                column: "Uscc");

            migrationBuilder.CreateIndex(
                name: "IX_food_suspensions_DivisionCode",
                table: "food_suspensions",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_food_suspensions_Number",
                table: "food_suspensions",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_food_suspensions_StartedAt",
                table: "food_suspensions",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_food_suspensions_SubjectKey_ProductGroup",
                table: "food_suspensions",
                columns: new[] { "SubjectKey", "ProductGroup" });

            migrationBuilder.CreateIndex(
                name: "IX_food_test_points_DivisionCode",
                table: "food_test_points",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_food_test_points_Name",
                table: "food_test_points",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_food_trace_batches_BatchKey",
                table: "food_trace_batches",
                column: "BatchKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_food_trace_batches_FirstSeenAt_DivisionCode",
                table: "food_trace_batches",
                columns: new[] { "FirstSeenAt", "DivisionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_food_trace_events_DocumentsMissing_EventTime",
                table: "food_trace_events",
                columns: new[] { "DocumentsMissing", "EventTime" });

            migrationBuilder.CreateIndex(
                name: "IX_food_trace_events_EventId",
                table: "food_trace_events",
                column: "EventId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_food_trace_events_LocationPartyId_EventTime",
                table: "food_trace_events",
                columns: new[] { "LocationPartyId", "EventTime" });

            migrationBuilder.CreateIndex(
                name: "IX_food_trace_events_Step_EventTime",
                table: "food_trace_events",
                columns: new[] { "Step", "EventTime" });

            migrationBuilder.CreateIndex(
                name: "IX_food_trace_holdings_BatchId_PartyId",
                table: "food_trace_holdings",
                columns: new[] { "BatchId", "PartyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_food_trace_holdings_PartyId",
                table: "food_trace_holdings",
                column: "PartyId");

            migrationBuilder.CreateIndex(
                name: "IX_food_trace_links_EventRowId",
                table: "food_trace_links",
                column: "EventRowId");

            migrationBuilder.CreateIndex(
                name: "IX_food_trace_links_FromHoldingId_At",
                table: "food_trace_links",
                columns: new[] { "FromHoldingId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_food_trace_links_ToHoldingId_At",
                table: "food_trace_links",
                columns: new[] { "ToHoldingId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_food_trace_parties_Kind_DivisionCode",
                table: "food_trace_parties",
                columns: new[] { "Kind", "DivisionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_food_trace_parties_ParentId",
                table: "food_trace_parties",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_food_trace_parties_PartyId",
                table: "food_trace_parties",
                column: "PartyId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_food_trace_parties_Uscc",
                table: "food_trace_parties",
                column: "Uscc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "food_food_failures");

            migrationBuilder.DropTable(
                name: "food_fuse_notices");

            migrationBuilder.DropTable(
                name: "food_fuse_rules");

            migrationBuilder.DropTable(
                name: "food_rapid_items");

            migrationBuilder.DropTable(
                name: "food_rapid_tests");

            migrationBuilder.DropTable(
                name: "food_recall_batches");

            migrationBuilder.DropTable(
                name: "food_recall_disposals");

            migrationBuilder.DropTable(
                name: "food_recall_events");

            migrationBuilder.DropTable(
                name: "food_recall_products");

            migrationBuilder.DropTable(
                name: "food_recall_progress");

            migrationBuilder.DropTable(
                name: "food_recall_scope_lines");

            migrationBuilder.DropTable(
                name: "food_recalls");

            migrationBuilder.DropTable(
                name: "food_suspensions");

            migrationBuilder.DropTable(
                name: "food_test_points");

            migrationBuilder.DropTable(
                name: "food_trace_links");

            migrationBuilder.DropTable(
                name: "food_trace_parties");

            migrationBuilder.DropTable(
                name: "food_trace_events");

            migrationBuilder.DropTable(
                name: "food_trace_holdings");

            migrationBuilder.DropTable(
                name: "food_trace_batches");
        }
    }
}
