using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zhijian.FoodSafety.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FoodInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "food");

            migrationBuilder.CreateTable(
                name: "businesses",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Type = table.Column<int>(type: "integer", nullable: false),
                    Scale = table.Column<int>(type: "integer", nullable: false),
                    Canteen = table.Column<int>(type: "integer", nullable: false),
                    Premises = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: true),
                    TransparentKitchen = table.Column<bool>(type: "boolean", nullable: false),
                    TransparentKitchenMode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    TransparentKitchenSince = table.Column<DateOnly>(type: "date", nullable: true),
                    Grade = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: true),
                    GradeScore = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true),
                    GradedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    GradeModelVersion = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_businesses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "checklists",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_checklists", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "disposal_steps",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DisposalId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Seq = table.Column<int>(type: "integer", nullable: false),
                    Label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disposal_steps", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "disposal_tasks",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DisposalId = table.Column<long>(type: "bigint", nullable: false),
                    Role = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: true),
                    Addressee = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Outgoing = table.Column<bool>(type: "boolean", nullable: false),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disposal_tasks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "disposals",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrderId = table.Column<long>(type: "bigint", nullable: false),
                    Number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    OrderNumber = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    BusinessName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FoodName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disposals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "grades",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BusinessId = table.Column<long>(type: "bigint", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Grade = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    PreviousGrade = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: true),
                    Score = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    ModelVersion = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Factors = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    GradedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    GradedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_grades", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inspection_plan_lines",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<long>(type: "bigint", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    BusinessId = table.Column<long>(type: "bigint", nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Grade = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: true),
                    Planned = table.Column<int>(type: "integer", nullable: false),
                    Minimum = table.Column<int>(type: "integer", nullable: false),
                    FullDue = table.Column<bool>(type: "boolean", nullable: false),
                    Q1 = table.Column<int>(type: "integer", nullable: false),
                    Q2 = table.Column<int>(type: "integer", nullable: false),
                    Q3 = table.Column<int>(type: "integer", nullable: false),
                    Q4 = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspection_plan_lines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inspection_plans",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Businesses = table.Column<int>(type: "integer", nullable: false),
                    Planned = table.Column<int>(type: "integer", nullable: false),
                    GeneratedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    GeneratedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspection_plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inspections",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BusinessId = table.Column<long>(type: "bigint", nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    BusinessName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BusinessType = table.Column<int>(type: "integer", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: true),
                    OrgUnitName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    InspectedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Full = table.Column<bool>(type: "boolean", nullable: false),
                    Inspectors = table.Column<List<string>>(type: "text[]", nullable: false),
                    InspectorNames = table.Column<List<string>>(type: "text[]", nullable: false),
                    ChecklistId = table.Column<long>(type: "bigint", nullable: false),
                    ChecklistVersion = table.Column<int>(type: "integer", nullable: false),
                    Result = table.Column<int>(type: "integer", nullable: false),
                    Evidence = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    RectifyBy = table.Column<DateOnly>(type: "date", nullable: true),
                    ReinspectionOfId = table.Column<long>(type: "bigint", nullable: true),
                    ReinspectedById = table.Column<long>(type: "bigint", nullable: true),
                    PublishBy = table.Column<DateOnly>(type: "date", nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "labs",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CmaNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OnRetestList = table.Column<bool>(type: "boolean", nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    ApiClientId = table.Column<int>(type: "integer", nullable: true),
                    ApiClientName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_labs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "risk_models",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Version = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Json = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_risk_models", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sampling_events",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrderId = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sampling_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sampling_orders",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Purpose = table.Column<int>(type: "integer", nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Samplers = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NoAdvanceNotice = table.Column<bool>(type: "boolean", nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    BusinessName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BusinessAddress = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Place = table.Column<int>(type: "integer", nullable: false),
                    CategoryCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    FoodName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Brand = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Specification = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    BatchNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    ProductionDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ProducerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ProducerAddress = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ProducerUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    ProducerDivision = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    Quantity = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Reserve = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SampledOn = table.Column<DateOnly>(type: "date", nullable: false),
                    LabId = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ToLabBy = table.Column<DateOnly>(type: "date", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReportBy = table.Column<DateOnly>(type: "date", nullable: true),
                    ReportNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    ReportDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Passed = table.Column<bool>(type: "boolean", nullable: true),
                    MicrobiologicalFailure = table.Column<bool>(type: "boolean", nullable: false),
                    ResultToBureauBy = table.Column<DateOnly>(type: "date", nullable: true),
                    ResultReceivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NoticeBy = table.Column<DateOnly>(type: "date", nullable: true),
                    NoticeServedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RetestApplyBy = table.Column<DateOnly>(type: "date", nullable: true),
                    FinalPassed = table.Column<bool>(type: "boolean", nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PublishedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sampling_orders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sampling_plans",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Population = table.Column<long>(type: "bigint", nullable: false),
                    PopulationSource = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PerThousand = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    Batches = table.Column<int>(type: "integer", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sampling_plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sampling_result_items",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrderId = table.Column<long>(type: "bigint", nullable: false),
                    Retest = table.Column<bool>(type: "boolean", nullable: false),
                    Seq = table.Column<int>(type: "integer", nullable: false),
                    Item = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Standard = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StandardValue = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Measured = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Passed = table.Column<bool>(type: "boolean", nullable: false),
                    Microbiological = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sampling_result_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sampling_reviews",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrderId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    AppliedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    AcceptBy = table.Column<DateOnly>(type: "date", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    RefusalReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DueBy = table.Column<DateOnly>(type: "date", nullable: true),
                    ExtensionReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Candidates = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CandidateHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Commitment = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Secret = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    PublicValue = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Algorithm = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    PickedLabId = table.Column<long>(type: "bigint", nullable: true),
                    PickedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReportBy = table.Column<DateOnly>(type: "date", nullable: true),
                    ReportNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Upheld = table.Column<bool>(type: "boolean", nullable: true),
                    Decision = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sampling_reviews", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "licences",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BusinessId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    BusinessType = table.Column<int>(type: "integer", nullable: false),
                    Items = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Premises = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Authority = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_licences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_licences_businesses_BusinessId",
                        column: x => x.BusinessId,
                        principalSchema: "food",
                        principalTable: "businesses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "checklist_items",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChecklistId = table.Column<long>(type: "bigint", nullable: false),
                    Seq = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Section = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Text = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Key = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_checklist_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_checklist_items_checklists_ChecklistId",
                        column: x => x.ChecklistId,
                        principalSchema: "food",
                        principalTable: "checklists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "inspection_answers",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InspectionId = table.Column<long>(type: "bigint", nullable: false),
                    Seq = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Text = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Key = table.Column<bool>(type: "boolean", nullable: false),
                    Answer = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspection_answers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inspection_answers_inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalSchema: "food",
                        principalTable: "inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sampling_plan_lines",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<long>(type: "bigint", nullable: false),
                    CategoryCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Batches = table.Column<int>(type: "integer", nullable: false),
                    Q1 = table.Column<int>(type: "integer", nullable: false),
                    Q2 = table.Column<int>(type: "integer", nullable: false),
                    Q3 = table.Column<int>(type: "integer", nullable: false),
                    Q4 = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sampling_plan_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_sampling_plan_lines_sampling_plans_PlanId",
                        column: x => x.PlanId,
                        principalSchema: "food",
                        principalTable: "sampling_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "licence_versions",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LicenceId = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Change = table.Column<int>(type: "integer", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Before = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    After = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_licence_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_licence_versions_licences_LicenceId",
                        column: x => x.LicenceId,
                        principalSchema: "food",
                        principalTable: "licences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_businesses_DivisionCode",
                schema: "food",
                table: "businesses",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_businesses_Grade",
                schema: "food",
                table: "businesses",
                column: "Grade");

            migrationBuilder.CreateIndex(
                name: "IX_businesses_Type_Canteen",
                schema: "food",
                table: "businesses",
                columns: new[] { "Type", "Canteen" });

            migrationBuilder.CreateIndex(
                name: "IX_businesses_Uscc",
                schema: "food",
                table: "businesses",
                column: "Uscc");

            migrationBuilder.CreateIndex(
                name: "IX_checklist_items_ChecklistId_Seq",
                schema: "food",
                table: "checklist_items",
                columns: new[] { "ChecklistId", "Seq" });

            migrationBuilder.CreateIndex(
                name: "IX_checklists_Kind_Version",
                schema: "food",
                table: "checklists",
                columns: new[] { "Kind", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_disposal_steps_DisposalId",
                schema: "food",
                table: "disposal_steps",
                column: "DisposalId");

            migrationBuilder.CreateIndex(
                name: "IX_disposal_tasks_DisposalId",
                schema: "food",
                table: "disposal_tasks",
                column: "DisposalId");

            migrationBuilder.CreateIndex(
                name: "IX_disposals_CompletedOn_DueOn",
                schema: "food",
                table: "disposals",
                columns: new[] { "CompletedOn", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_disposals_DivisionCode",
                schema: "food",
                table: "disposals",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_disposals_Number",
                schema: "food",
                table: "disposals",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_disposals_OrderId",
                schema: "food",
                table: "disposals",
                column: "OrderId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_grades_BusinessId_GradedAt",
                schema: "food",
                table: "grades",
                columns: new[] { "BusinessId", "GradedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_inspection_answers_InspectionId",
                schema: "food",
                table: "inspection_answers",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_inspection_plan_lines_PlanId",
                schema: "food",
                table: "inspection_plan_lines",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_inspection_plan_lines_Year_BusinessId",
                schema: "food",
                table: "inspection_plan_lines",
                columns: new[] { "Year", "BusinessId" });

            migrationBuilder.CreateIndex(
                name: "IX_inspection_plans_OrgUnitId_Year",
                schema: "food",
                table: "inspection_plans",
                columns: new[] { "OrgUnitId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inspections_BusinessId_InspectedOn",
                schema: "food",
                table: "inspections",
                columns: new[] { "BusinessId", "InspectedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_inspections_DivisionCode_InspectedOn",
                schema: "food",
                table: "inspections",
                columns: new[] { "DivisionCode", "InspectedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_inspections_PublishedOn_PublishBy",
                schema: "food",
                table: "inspections",
                columns: new[] { "PublishedOn", "PublishBy" });

            migrationBuilder.CreateIndex(
                name: "IX_inspections_Uscc",
                schema: "food",
                table: "inspections",
                column: "Uscc");

            migrationBuilder.CreateIndex(
                name: "IX_labs_ApiClientId",
                schema: "food",
                table: "labs",
                column: "ApiClientId");

            migrationBuilder.CreateIndex(
                name: "IX_labs_Name",
                schema: "food",
                table: "labs",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_licence_versions_LicenceId_Version",
                schema: "food",
                table: "licence_versions",
                columns: new[] { "LicenceId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_licences_BusinessId",
                schema: "food",
                table: "licences",
                column: "BusinessId");

            migrationBuilder.CreateIndex(
                name: "IX_licences_DivisionCode",
                schema: "food",
                table: "licences",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_licences_Number",
                schema: "food",
                table: "licences",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_licences_Status_ValidUntil",
                schema: "food",
                table: "licences",
                columns: new[] { "Status", "ValidUntil" });

            migrationBuilder.CreateIndex(
                name: "IX_risk_models_Version",
                schema: "food",
                table: "risk_models",
                column: "Version",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sampling_events_OrderId",
                schema: "food",
                table: "sampling_events",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_sampling_orders_DivisionCode",
                schema: "food",
                table: "sampling_orders",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_sampling_orders_LabId",
                schema: "food",
                table: "sampling_orders",
                column: "LabId");

            migrationBuilder.CreateIndex(
                name: "IX_sampling_orders_Number",
                schema: "food",
                table: "sampling_orders",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sampling_orders_PublishedOn",
                schema: "food",
                table: "sampling_orders",
                column: "PublishedOn");

            migrationBuilder.CreateIndex(
                name: "IX_sampling_orders_ReportNo",
                schema: "food",
                table: "sampling_orders",
                column: "ReportNo");

            migrationBuilder.CreateIndex(
                name: "IX_sampling_orders_Status_SampledOn",
                schema: "food",
                table: "sampling_orders",
                columns: new[] { "Status", "SampledOn" });

            migrationBuilder.CreateIndex(
                name: "IX_sampling_orders_Uscc",
                schema: "food",
                table: "sampling_orders",
                column: "Uscc");

            migrationBuilder.CreateIndex(
                name: "IX_sampling_plan_lines_PlanId",
                schema: "food",
                table: "sampling_plan_lines",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_sampling_plans_OrgUnitId_Year",
                schema: "food",
                table: "sampling_plans",
                columns: new[] { "OrgUnitId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sampling_result_items_OrderId_Retest_Seq",
                schema: "food",
                table: "sampling_result_items",
                columns: new[] { "OrderId", "Retest", "Seq" });

            migrationBuilder.CreateIndex(
                name: "IX_sampling_reviews_OrderId",
                schema: "food",
                table: "sampling_reviews",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_sampling_reviews_Status",
                schema: "food",
                table: "sampling_reviews",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "checklist_items",
                schema: "food");

            migrationBuilder.DropTable(
                name: "disposal_steps",
                schema: "food");

            migrationBuilder.DropTable(
                name: "disposal_tasks",
                schema: "food");

            migrationBuilder.DropTable(
                name: "disposals",
                schema: "food");

            migrationBuilder.DropTable(
                name: "grades",
                schema: "food");

            migrationBuilder.DropTable(
                name: "inspection_answers",
                schema: "food");

            migrationBuilder.DropTable(
                name: "inspection_plan_lines",
                schema: "food");

            migrationBuilder.DropTable(
                name: "inspection_plans",
                schema: "food");

            migrationBuilder.DropTable(
                name: "labs",
                schema: "food");

            migrationBuilder.DropTable(
                name: "licence_versions",
                schema: "food");

            migrationBuilder.DropTable(
                name: "risk_models",
                schema: "food");

            migrationBuilder.DropTable(
                name: "sampling_events",
                schema: "food");

            migrationBuilder.DropTable(
                name: "sampling_orders",
                schema: "food");

            migrationBuilder.DropTable(
                name: "sampling_plan_lines",
                schema: "food");

            migrationBuilder.DropTable(
                name: "sampling_result_items",
                schema: "food");

            migrationBuilder.DropTable(
                name: "sampling_reviews",
                schema: "food");

            migrationBuilder.DropTable(
                name: "checklists",
                schema: "food");

            migrationBuilder.DropTable(
                name: "inspections",
                schema: "food");

            migrationBuilder.DropTable(
                name: "licences",
                schema: "food");

            migrationBuilder.DropTable(
                name: "sampling_plans",
                schema: "food");

            migrationBuilder.DropTable(
                name: "businesses",
                schema: "food");
        }
    }
}
