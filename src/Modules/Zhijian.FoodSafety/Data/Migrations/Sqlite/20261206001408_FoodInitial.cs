using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhijian.FoodSafety.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FoodInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "food_businesses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    Scale = table.Column<int>(type: "INTEGER", nullable: false),
                    Canteen = table.Column<int>(type: "INTEGER", nullable: false),
                    Premises = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    TransparentKitchen = table.Column<bool>(type: "INTEGER", nullable: false),
                    TransparentKitchenMode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    TransparentKitchenSince = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 1, nullable: true),
                    GradeScore = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: true),
                    GradedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    GradeModelVersion = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_businesses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_checklists",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_checklists", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_disposal_steps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DisposalId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Seq = table.Column<int>(type: "INTEGER", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_disposal_steps", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_disposal_tasks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DisposalId = table.Column<long>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    Addressee = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Outgoing = table.Column<bool>(type: "INTEGER", nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_disposal_tasks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_disposals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrderId = table.Column<long>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    OrderNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    BusinessName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FoodName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_disposals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_grades",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BusinessId = table.Column<long>(type: "INTEGER", nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    PreviousGrade = table.Column<string>(type: "TEXT", maxLength: 1, nullable: true),
                    Score = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    ModelVersion = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Factors = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    GradedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    GradedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_grades", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_inspection_plan_lines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<long>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    BusinessId = table.Column<long>(type: "INTEGER", nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 1, nullable: true),
                    Planned = table.Column<int>(type: "INTEGER", nullable: false),
                    Minimum = table.Column<int>(type: "INTEGER", nullable: false),
                    FullDue = table.Column<bool>(type: "INTEGER", nullable: false),
                    Q1 = table.Column<int>(type: "INTEGER", nullable: false),
                    Q2 = table.Column<int>(type: "INTEGER", nullable: false),
                    Q3 = table.Column<int>(type: "INTEGER", nullable: false),
                    Q4 = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_inspection_plan_lines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_inspection_plans",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Businesses = table.Column<int>(type: "INTEGER", nullable: false),
                    Planned = table.Column<int>(type: "INTEGER", nullable: false),
                    GeneratedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    GeneratedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_inspection_plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_inspections",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BusinessId = table.Column<long>(type: "INTEGER", nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    BusinessName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BusinessType = table.Column<int>(type: "INTEGER", nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    OrgUnitName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    InspectedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Full = table.Column<bool>(type: "INTEGER", nullable: false),
                    Inspectors = table.Column<string>(type: "TEXT", nullable: false),
                    InspectorNames = table.Column<string>(type: "TEXT", nullable: false),
                    ChecklistId = table.Column<long>(type: "INTEGER", nullable: false),
                    ChecklistVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Result = table.Column<int>(type: "INTEGER", nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RectifyBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReinspectionOfId = table.Column<long>(type: "INTEGER", nullable: true),
                    ReinspectedById = table.Column<long>(type: "INTEGER", nullable: true),
                    PublishBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_inspections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_labs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CmaNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OnRetestList = table.Column<bool>(type: "INTEGER", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    ApiClientId = table.Column<int>(type: "INTEGER", nullable: true),
                    ApiClientName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_labs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_risk_models",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Version = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Json = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_risk_models", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_sampling_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrderId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_sampling_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_sampling_orders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Purpose = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Samplers = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NoAdvanceNotice = table.Column<bool>(type: "INTEGER", nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    BusinessName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BusinessAddress = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Place = table.Column<int>(type: "INTEGER", nullable: false),
                    CategoryCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    FoodName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Brand = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Specification = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    BatchNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    ProductionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ProducerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ProducerAddress = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ProducerUscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    ProducerDivision = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    Quantity = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Reserve = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SampledOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LabId = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ToLabBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReportBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReportNo = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    ReportDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: true),
                    MicrobiologicalFailure = table.Column<bool>(type: "INTEGER", nullable: false),
                    ResultToBureauBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ResultReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NoticeBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NoticeServedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RetestApplyBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FinalPassed = table.Column<bool>(type: "INTEGER", nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_sampling_orders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_sampling_plans",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Population = table.Column<long>(type: "INTEGER", nullable: false),
                    PopulationSource = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PerThousand = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    Batches = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_sampling_plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_sampling_result_items",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrderId = table.Column<long>(type: "INTEGER", nullable: false),
                    Retest = table.Column<bool>(type: "INTEGER", nullable: false),
                    Seq = table.Column<int>(type: "INTEGER", nullable: false),
                    Item = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Standard = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StandardValue = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Measured = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Microbiological = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_sampling_result_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_sampling_reviews",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrderId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    AppliedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AcceptBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionNo = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    RefusalReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DueBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExtensionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Candidates = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CandidateHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Commitment = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Secret = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PublicValue = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Algorithm = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    PickedLabId = table.Column<long>(type: "INTEGER", nullable: true),
                    PickedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReportBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReportNo = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Upheld = table.Column<bool>(type: "INTEGER", nullable: true),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_sampling_reviews", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_licences",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BusinessId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    BusinessType = table.Column<int>(type: "INTEGER", nullable: false),
                    Items = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Premises = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Authority = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_licences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_food_licences_food_businesses_BusinessId",
                        column: x => x.BusinessId,
                        principalTable: "food_businesses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "food_checklist_items",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChecklistId = table.Column<long>(type: "INTEGER", nullable: false),
                    Seq = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Section = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Key = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_checklist_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_food_checklist_items_food_checklists_ChecklistId",
                        column: x => x.ChecklistId,
                        principalTable: "food_checklists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "food_inspection_answers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InspectionId = table.Column<long>(type: "INTEGER", nullable: false),
                    Seq = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Key = table.Column<bool>(type: "INTEGER", nullable: false),
                    Answer = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_inspection_answers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_food_inspection_answers_food_inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "food_inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "food_sampling_plan_lines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<long>(type: "INTEGER", nullable: false),
                    CategoryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Batches = table.Column<int>(type: "INTEGER", nullable: false),
                    Q1 = table.Column<int>(type: "INTEGER", nullable: false),
                    Q2 = table.Column<int>(type: "INTEGER", nullable: false),
                    Q3 = table.Column<int>(type: "INTEGER", nullable: false),
                    Q4 = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_sampling_plan_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_food_sampling_plan_lines_food_sampling_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "food_sampling_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "food_licence_versions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LicenceId = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Change = table.Column<int>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Before = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    After = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_licence_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_food_licence_versions_food_licences_LicenceId",
                        column: x => x.LicenceId,
                        principalTable: "food_licences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_food_businesses_DivisionCode",
                table: "food_businesses",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_food_businesses_Grade",
                table: "food_businesses",
                column: "Grade");

            migrationBuilder.CreateIndex(
                name: "IX_food_businesses_Type_Canteen",
                table: "food_businesses",
                columns: new[] { "Type", "Canteen" });

            migrationBuilder.CreateIndex(
                name: "IX_food_businesses_Uscc",
                table: "food_businesses",
                column: "Uscc");

            migrationBuilder.CreateIndex(
                name: "IX_food_checklist_items_ChecklistId_Seq",
                table: "food_checklist_items",
                columns: new[] { "ChecklistId", "Seq" });

            migrationBuilder.CreateIndex(
                name: "IX_food_checklists_Kind_Version",
                table: "food_checklists",
                columns: new[] { "Kind", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_food_disposal_steps_DisposalId",
                table: "food_disposal_steps",
                column: "DisposalId");

            migrationBuilder.CreateIndex(
                name: "IX_food_disposal_tasks_DisposalId",
                table: "food_disposal_tasks",
                column: "DisposalId");

            migrationBuilder.CreateIndex(
                name: "IX_food_disposals_CompletedOn_DueOn",
                table: "food_disposals",
                columns: new[] { "CompletedOn", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_food_disposals_DivisionCode",
                table: "food_disposals",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_food_disposals_Number",
                table: "food_disposals",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_food_disposals_OrderId",
                table: "food_disposals",
                column: "OrderId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_food_grades_BusinessId_GradedAt",
                table: "food_grades",
                columns: new[] { "BusinessId", "GradedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_food_inspection_answers_InspectionId",
                table: "food_inspection_answers",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_food_inspection_plan_lines_PlanId",
                table: "food_inspection_plan_lines",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_food_inspection_plan_lines_Year_BusinessId",
                table: "food_inspection_plan_lines",
                columns: new[] { "Year", "BusinessId" });

            migrationBuilder.CreateIndex(
                name: "IX_food_inspection_plans_OrgUnitId_Year",
                table: "food_inspection_plans",
                columns: new[] { "OrgUnitId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_food_inspections_BusinessId_InspectedOn",
                table: "food_inspections",
                columns: new[] { "BusinessId", "InspectedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_food_inspections_DivisionCode_InspectedOn",
                table: "food_inspections",
                columns: new[] { "DivisionCode", "InspectedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_food_inspections_PublishedOn_PublishBy",
                table: "food_inspections",
                columns: new[] { "PublishedOn", "PublishBy" });

            migrationBuilder.CreateIndex(
                name: "IX_food_inspections_Uscc",
                table: "food_inspections",
                column: "Uscc");

            migrationBuilder.CreateIndex(
                name: "IX_food_labs_ApiClientId",
                table: "food_labs",
                column: "ApiClientId");

            migrationBuilder.CreateIndex(
                name: "IX_food_labs_Name",
                table: "food_labs",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_food_licence_versions_LicenceId_Version",
                table: "food_licence_versions",
                columns: new[] { "LicenceId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_food_licences_BusinessId",
                table: "food_licences",
                column: "BusinessId");

            migrationBuilder.CreateIndex(
                name: "IX_food_licences_DivisionCode",
                table: "food_licences",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_food_licences_Number",
                table: "food_licences",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_food_licences_Status_ValidUntil",
                table: "food_licences",
                columns: new[] { "Status", "ValidUntil" });

            migrationBuilder.CreateIndex(
                name: "IX_food_risk_models_Version",
                table: "food_risk_models",
                column: "Version",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_food_sampling_events_OrderId",
                table: "food_sampling_events",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_food_sampling_orders_DivisionCode",
                table: "food_sampling_orders",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_food_sampling_orders_LabId",
                table: "food_sampling_orders",
                column: "LabId");

            migrationBuilder.CreateIndex(
                name: "IX_food_sampling_orders_Number",
                table: "food_sampling_orders",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_food_sampling_orders_PublishedOn",
                table: "food_sampling_orders",
                column: "PublishedOn");

            migrationBuilder.CreateIndex(
                name: "IX_food_sampling_orders_ReportNo",
                table: "food_sampling_orders",
                column: "ReportNo");

            migrationBuilder.CreateIndex(
                name: "IX_food_sampling_orders_Status_SampledOn",
                table: "food_sampling_orders",
                columns: new[] { "Status", "SampledOn" });

            migrationBuilder.CreateIndex(
                name: "IX_food_sampling_orders_Uscc",
                table: "food_sampling_orders",
                column: "Uscc");

            migrationBuilder.CreateIndex(
                name: "IX_food_sampling_plan_lines_PlanId",
                table: "food_sampling_plan_lines",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_food_sampling_plans_OrgUnitId_Year",
                table: "food_sampling_plans",
                columns: new[] { "OrgUnitId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_food_sampling_result_items_OrderId_Retest_Seq",
                table: "food_sampling_result_items",
                columns: new[] { "OrderId", "Retest", "Seq" });

            migrationBuilder.CreateIndex(
                name: "IX_food_sampling_reviews_OrderId",
                table: "food_sampling_reviews",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_food_sampling_reviews_Status",
                table: "food_sampling_reviews",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "food_checklist_items");

            migrationBuilder.DropTable(
                name: "food_disposal_steps");

            migrationBuilder.DropTable(
                name: "food_disposal_tasks");

            migrationBuilder.DropTable(
                name: "food_disposals");

            migrationBuilder.DropTable(
                name: "food_grades");

            migrationBuilder.DropTable(
                name: "food_inspection_answers");

            migrationBuilder.DropTable(
                name: "food_inspection_plan_lines");

            migrationBuilder.DropTable(
                name: "food_inspection_plans");

            migrationBuilder.DropTable(
                name: "food_labs");

            migrationBuilder.DropTable(
                name: "food_licence_versions");

            migrationBuilder.DropTable(
                name: "food_risk_models");

            migrationBuilder.DropTable(
                name: "food_sampling_events");

            migrationBuilder.DropTable(
                name: "food_sampling_orders");

            migrationBuilder.DropTable(
                name: "food_sampling_plan_lines");

            migrationBuilder.DropTable(
                name: "food_sampling_result_items");

            migrationBuilder.DropTable(
                name: "food_sampling_reviews");

            migrationBuilder.DropTable(
                name: "food_checklists");

            migrationBuilder.DropTable(
                name: "food_inspections");

            migrationBuilder.DropTable(
                name: "food_licences");

            migrationBuilder.DropTable(
                name: "food_sampling_plans");

            migrationBuilder.DropTable(
                name: "food_businesses");
        }
    }
}
