using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Zhijian.Cases.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cases_cases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ClueId = table.Column<long>(type: "INTEGER", nullable: true),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    Procedure = table.Column<int>(type: "INTEGER", nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    StageBeforeTransfer = table.Column<int>(type: "INTEGER", nullable: true),
                    CauseOfAction = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Facts = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Field = table.Column<int>(type: "INTEGER", nullable: false),
                    PartyKind = table.Column<int>(type: "INTEGER", nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    PartyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Representative = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    PartyAddress = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PartyIdNumber = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    PartyPhone = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Officers = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    LeadOfficer = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OpenedApprovedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ConductEndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HeadExtension = table.Column<bool>(type: "INTEGER", nullable: false),
                    CollectiveDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Excluded = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ConcludeBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Major = table.Column<bool>(type: "INTEGER", nullable: false),
                    MajorReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Complex = table.Column<bool>(type: "INTEGER", nullable: false),
                    LegalReviewRequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LegalReviewBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LegalReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LegalReviewer = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LegalReviewOpinion = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    LegalReviewPassed = table.Column<bool>(type: "INTEGER", nullable: true),
                    CollectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CollectiveConclusion = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ReviewOpinion = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ViolationCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Penalties = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Discretion = table.Column<int>(type: "INTEGER", nullable: true),
                    DiscretionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    BaseAmount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    Responsible = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    NoticeNo = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    NoticeServedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StatementBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HearingRight = table.Column<bool>(type: "INTEGER", nullable: false),
                    Statement = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    HearingRequested = table.Column<bool>(type: "INTEGER", nullable: false),
                    HearingOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HearingReport = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DecisionNo = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionApprovedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ServedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ServiceMethod = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ServiceSignedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    FinePaymentBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EnforcementAppliedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TransferNo = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    TransferredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PoliceOrgan = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    TransferReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PoliceReceiptOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PoliceOutcome = table.Column<int>(type: "INTEGER", nullable: true),
                    PoliceOutcomeNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedApprovedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Ending = table.Column<int>(type: "INTEGER", nullable: true),
                    ClosingNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Corrections = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cases_clues",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceSystem = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SourceNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    PartyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Facts = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReceivedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Extended = table.Column<bool>(type: "INTEGER", nullable: false),
                    ExtensionApprovedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ExtensionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Pauses = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    OpenBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DeclineGround = table.Column<int>(type: "INTEGER", nullable: true),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_clues", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cases_discretion_bands",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ViolationCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    FineMin = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    FineMax = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    Circumstances = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_discretion_bands", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cases_documents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: true),
                    ClueId = table.Column<long>(type: "INTEGER", nullable: true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Html = table.Column<string>(type: "TEXT", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_documents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cases_evidence",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CollectedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CollectedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_evidence", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cases_file_reviews",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Reviewer = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ReviewerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Scores = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxScore = table.Column<int>(type: "INTEGER", nullable: false),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_file_reviews", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cases_files",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    EvidenceId = table.Column<long>(type: "INTEGER", nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_files", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cases_measures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Items = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Extended = table.Column<bool>(type: "INTEGER", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_measures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cases_number_counters",
                columns: table => new
                {
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Last = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_number_counters", x => new { x.OrgUnitId, x.Kind, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "cases_publications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    DecisionNo = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    PartyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    ViolationType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PenaltySummary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Authority = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    PublishBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PublicUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WithdrawnOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WithdrawnReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_publications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cases_review_items",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Points = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_review_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cases_violations",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Field = table.Column<int>(type: "INTEGER", nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    PenaltyBasis = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    FineMin = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    FineMax = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    BaseName = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    FloorFineMin = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    FloorFineMax = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    FloorBelowBase = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    Kinds = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_violations", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "cases_steps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: true),
                    ClueId = table.Column<long>(type: "INTEGER", nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ActorUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: true),
                    DocumentId = table.Column<long>(type: "INTEGER", nullable: true),
                    FileId = table.Column<long>(type: "INTEGER", nullable: true),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_steps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cases_steps_cases_documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "cases_documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "cases_discretion_bands",
                columns: new[] { "Id", "Circumstances", "FineMax", "FineMin", "Level", "ViolationCode" },
                values: new object[,]
                {
                    { 1, "初次违法且危害后果轻微并及时改正；或当事人有证据足以证明没有主观过错（《行政处罚法》第三十三条）", 0m, 0m, 0, "SP122" },
                    { 2, "主动消除或者减轻违法行为危害后果、受他人胁迫或者诱骗、主动供述、配合查处有立功表现（《行政处罚法》第三十二条），在法定最低限以下处罚", 10m, 0m, 1, "SP122" },
                    { 3, "有从轻情节：主动改正、初次违法、违法所得或货值金额较小、积极配合调查", 13.0m, 10m, 2, "SP122" },
                    { 4, "无从轻、减轻或者从重情节", 17.0m, 13.0m, 3, "SP122" },
                    { 5, "有从重情节：造成危害后果、拒不改正、一年内再次违法、对举报人打击报复、在突发事件期间违法", 20m, 17.0m, 4, "SP122" },
                    { 6, "初次违法且危害后果轻微并及时改正；或当事人有证据足以证明没有主观过错（《行政处罚法》第三十三条）", 0m, 0m, 0, "SP124" },
                    { 7, "主动消除或者减轻违法行为危害后果、受他人胁迫或者诱骗、主动供述、配合查处有立功表现（《行政处罚法》第三十二条），在法定最低限以下处罚", 10m, 0m, 1, "SP124" },
                    { 8, "有从轻情节：主动改正、初次违法、违法所得或货值金额较小、积极配合调查", 13.0m, 10m, 2, "SP124" },
                    { 9, "无从轻、减轻或者从重情节", 17.0m, 13.0m, 3, "SP124" },
                    { 10, "有从重情节：造成危害后果、拒不改正、一年内再次违法、对举报人打击报复、在突发事件期间违法", 20m, 17.0m, 4, "SP124" },
                    { 11, "初次违法且危害后果轻微并及时改正；或当事人有证据足以证明没有主观过错（《行政处罚法》第三十三条）", 0m, 0m, 0, "SP125" },
                    { 12, "主动消除或者减轻违法行为危害后果、受他人胁迫或者诱骗、主动供述、配合查处有立功表现（《行政处罚法》第三十二条），在法定最低限以下处罚", 5m, 0m, 1, "SP125" },
                    { 13, "有从轻情节：主动改正、初次违法、违法所得或货值金额较小、积极配合调查", 6.5m, 5m, 2, "SP125" },
                    { 14, "无从轻、减轻或者从重情节", 8.5m, 6.5m, 3, "SP125" },
                    { 15, "有从重情节：造成危害后果、拒不改正、一年内再次违法、对举报人打击报复、在突发事件期间违法", 10m, 8.5m, 4, "SP125" },
                    { 16, "初次违法且危害后果轻微并及时改正；或当事人有证据足以证明没有主观过错（《行政处罚法》第三十三条）", 0m, 0m, 0, "SP126" },
                    { 17, "主动消除或者减轻违法行为危害后果、受他人胁迫或者诱骗、主动供述、配合查处有立功表现（《行政处罚法》第三十二条），在法定最低限以下处罚", 5000m, 0m, 1, "SP126" },
                    { 18, "有从轻情节：主动改正、初次违法、违法所得或货值金额较小、积极配合调查", 18500m, 5000m, 2, "SP126" },
                    { 19, "无从轻、减轻或者从重情节", 36500m, 18500m, 3, "SP126" },
                    { 20, "有从重情节：造成危害后果、拒不改正、一年内再次违法、对举报人打击报复、在突发事件期间违法", 50000m, 36500m, 4, "SP126" },
                    { 21, "初次违法且危害后果轻微并及时改正；或当事人有证据足以证明没有主观过错（《行政处罚法》第三十三条）", 0m, 0m, 0, "CP49" },
                    { 22, "主动消除或者减轻违法行为危害后果、受他人胁迫或者诱骗、主动供述、配合查处有立功表现（《行政处罚法》第三十二条），在法定最低限以下处罚", 1m, 0m, 1, "CP49" },
                    { 23, "有从轻情节：主动改正、初次违法、违法所得或货值金额较小、积极配合调查", 1.6m, 1m, 2, "CP49" },
                    { 24, "无从轻、减轻或者从重情节", 2.4m, 1.6m, 3, "CP49" },
                    { 25, "有从重情节：造成危害后果、拒不改正、一年内再次违法、对举报人打击报复、在突发事件期间违法", 3m, 2.4m, 4, "CP49" },
                    { 26, "初次违法且危害后果轻微并及时改正；或当事人有证据足以证明没有主观过错（《行政处罚法》第三十三条）", 0m, 0m, 0, "JG13" },
                    { 27, "主动消除或者减轻违法行为危害后果、受他人胁迫或者诱骗、主动供述、配合查处有立功表现（《行政处罚法》第三十二条），在法定最低限以下处罚", 0m, 0m, 1, "JG13" },
                    { 28, "有从轻情节：主动改正、初次违法、违法所得或货值金额较小、积极配合调查", 1500m, 0m, 2, "JG13" },
                    { 29, "无从轻、减轻或者从重情节", 3500m, 1500m, 3, "JG13" },
                    { 30, "有从重情节：造成危害后果、拒不改正、一年内再次违法、对举报人打击报复、在突发事件期间违法", 5000m, 3500m, 4, "JG13" },
                    { 31, "初次违法且危害后果轻微并及时改正；或当事人有证据足以证明没有主观过错（《行政处罚法》第三十三条）", 0m, 0m, 0, "GG55" },
                    { 32, "主动消除或者减轻违法行为危害后果、受他人胁迫或者诱骗、主动供述、配合查处有立功表现（《行政处罚法》第三十二条），在法定最低限以下处罚", 3m, 0m, 1, "GG55" },
                    { 33, "有从轻情节：主动改正、初次违法、违法所得或货值金额较小、积极配合调查", 3.6m, 3m, 2, "GG55" },
                    { 34, "无从轻、减轻或者从重情节", 4.4m, 3.6m, 3, "GG55" },
                    { 35, "有从重情节：造成危害后果、拒不改正、一年内再次违法、对举报人打击报复、在突发事件期间违法", 5m, 4.4m, 4, "GG55" },
                    { 36, "初次违法且危害后果轻微并及时改正；或当事人有证据足以证明没有主观过错（《行政处罚法》第三十三条）", 0m, 0m, 0, "BZ20" },
                    { 37, "主动消除或者减轻违法行为危害后果、受他人胁迫或者诱骗、主动供述、配合查处有立功表现（《行政处罚法》第三十二条），在法定最低限以下处罚", 200000m, 0m, 1, "BZ20" },
                    { 38, "有从轻情节：主动改正、初次违法、违法所得或货值金额较小、积极配合调查", 740000m, 200000m, 2, "BZ20" },
                    { 39, "无从轻、减轻或者从重情节", 1460000m, 740000m, 3, "BZ20" },
                    { 40, "有从重情节：造成危害后果、拒不改正、一年内再次违法、对举报人打击报复、在突发事件期间违法", 2000000m, 1460000m, 4, "BZ20" },
                    { 41, "初次违法且危害后果轻微并及时改正；或当事人有证据足以证明没有主观过错（《行政处罚法》第三十三条）", 0m, 0m, 0, "TZ84" },
                    { 42, "主动消除或者减轻违法行为危害后果、受他人胁迫或者诱骗、主动供述、配合查处有立功表现（《行政处罚法》第三十二条），在法定最低限以下处罚", 30000m, 0m, 1, "TZ84" },
                    { 43, "有从轻情节：主动改正、初次违法、违法所得或货值金额较小、积极配合调查", 111000m, 30000m, 2, "TZ84" },
                    { 44, "无从轻、减轻或者从重情节", 219000m, 111000m, 3, "TZ84" },
                    { 45, "有从重情节：造成危害后果、拒不改正、一年内再次违法、对举报人打击报复、在突发事件期间违法", 300000m, 219000m, 4, "TZ84" },
                    { 46, "初次违法且危害后果轻微并及时改正；或当事人有证据足以证明没有主观过错（《行政处罚法》第三十三条）", 0m, 0m, 0, "DJ46" },
                    { 47, "主动消除或者减轻违法行为危害后果、受他人胁迫或者诱骗、主动供述、配合查处有立功表现（《行政处罚法》第三十二条），在法定最低限以下处罚", 0m, 0m, 1, "DJ46" },
                    { 48, "有从轻情节：主动改正、初次违法、违法所得或货值金额较小、积极配合调查", 9000m, 0m, 2, "DJ46" },
                    { 49, "无从轻、减轻或者从重情节", 21000m, 9000m, 3, "DJ46" },
                    { 50, "有从重情节：造成危害后果、拒不改正、一年内再次违法、对举报人打击报复、在突发事件期间违法", 30000m, 21000m, 4, "DJ46" },
                    { 51, "初次违法且危害后果轻微并及时改正；或当事人有证据足以证明没有主观过错（《行政处罚法》第三十三条）", 0m, 0m, 0, "DS76" },
                    { 52, "主动消除或者减轻违法行为危害后果、受他人胁迫或者诱骗、主动供述、配合查处有立功表现（《行政处罚法》第三十二条），在法定最低限以下处罚", 0m, 0m, 1, "DS76" },
                    { 53, "有从轻情节：主动改正、初次违法、违法所得或货值金额较小、积极配合调查", 3000m, 0m, 2, "DS76" },
                    { 54, "无从轻、减轻或者从重情节", 7000m, 3000m, 3, "DS76" },
                    { 55, "有从重情节：造成危害后果、拒不改正、一年内再次违法、对举报人打击报复、在突发事件期间违法", 10000m, 7000m, 4, "DS76" },
                    { 56, "初次违法且危害后果轻微并及时改正；或当事人有证据足以证明没有主观过错（《行政处罚法》第三十三条）", 0m, 0m, 0, "JL27" },
                    { 57, "主动消除或者减轻违法行为危害后果、受他人胁迫或者诱骗、主动供述、配合查处有立功表现（《行政处罚法》第三十二条），在法定最低限以下处罚", 0m, 0m, 1, "JL27" },
                    { 58, "有从轻情节：主动改正、初次违法、违法所得或货值金额较小、积极配合调查", 600m, 0m, 2, "JL27" },
                    { 59, "无从轻、减轻或者从重情节", 1400m, 600m, 3, "JL27" },
                    { 60, "有从重情节：造成危害后果、拒不改正、一年内再次违法、对举报人打击报复、在突发事件期间违法", 2000m, 1400m, 4, "JL27" }
                });

            migrationBuilder.InsertData(
                table: "cases_review_items",
                columns: new[] { "Id", "Active", "Code", "Order", "Points", "Text" },
                values: new object[,]
                {
                    { 1, true, "ZT", 1, 10, "主体认定准确，当事人基本情况清楚" },
                    { 2, true, "SS", 2, 20, "违法事实清楚，证据确实充分、形成证据链" },
                    { 3, true, "FL", 3, 15, "适用法律、法规、规章正确，定性准确" },
                    { 4, true, "CL", 4, 15, "裁量适当，符合裁量基准，偏离基准的理由充分" },
                    { 5, true, "CX", 5, 20, "程序合法：立案、调查、告知、听证、法制审核、集体讨论、送达及时完整" },
                    { 6, true, "WS", 6, 10, "文书规范：文书齐全、文号规范、填写完整、签名盖章齐全" },
                    { 7, true, "GD", 7, 10, "执行到位、按时结案、案卷归档完整（全过程记录齐全）" }
                });

            migrationBuilder.InsertData(
                table: "cases_violations",
                columns: new[] { "Code", "Active", "BaseName", "Field", "FineMax", "FineMin", "FloorBelowBase", "FloorFineMax", "FloorFineMin", "Kinds", "LegalBasis", "Name", "PenaltyBasis" },
                values: new object[,]
                {
                    { "BZ20", true, null, 7, 2000000m, 200000m, null, null, null, "[\"RevokeLicence\"]", "《中华人民共和国反不正当竞争法》第八条第一款", "经营者对其商品作虚假或者引人误解的商业宣传", "《中华人民共和国反不正当竞争法》第二十条第一款：责令停止违法行为，处二十万元以上一百万元以下的罚款；情节严重的，处一百万元以上二百万元以下的罚款，可以吊销营业执照" },
                    { "CP49", true, "货值金额", 4, 3m, 1m, null, null, null, "[\"ConfiscateProperty\",\"ConfiscateIllegalGains\",\"RevokeLicence\"]", "《中华人民共和国产品质量法》第十三条", "销售不符合保障人体健康和人身、财产安全的国家标准、行业标准的产品", "《中华人民共和国产品质量法》第四十九条：责令停止生产、销售，没收违法生产、销售的产品，并处违法生产、销售产品（包括已售出和未售出的产品）货值金额等值以上三倍以下的罚款；有违法所得的，并处没收违法所得；情节严重的，吊销营业执照" },
                    { "DJ46", true, null, 8, 30000m, 0m, null, null, null, "[\"Warning\"]", "《中华人民共和国市场主体登记管理条例》第三十六条", "未将营业执照置于住所或者主要经营场所醒目位置", "《中华人民共和国市场主体登记管理条例》第四十八条第一款：责令改正；拒不改正的，处3万元以下的罚款" },
                    { "DS76", true, null, 8, 10000m, 0m, null, null, null, "[\"Warning\"]", "《中华人民共和国电子商务法》第十五条", "电子商务经营者未在首页显著位置公示营业执照信息", "《中华人民共和国电子商务法》第七十六条第一款：责令限期改正，可以处一万元以下的罚款" },
                    { "GG55", true, "广告费用", 6, 5m, 3m, 0.01m, 1000000m, 200000m, "[\"RevokeLicence\"]", "《中华人民共和国广告法》第四条、第二十八条", "发布虚假广告", "《中华人民共和国广告法》第五十五条第一款：责令停止发布广告，责令广告主在相应范围内消除影响，处广告费用三倍以上五倍以下的罚款，广告费用无法计算或者明显偏低的，处二十万元以上一百万元以下的罚款" },
                    { "JG13", true, null, 5, 5000m, 0m, null, null, null, "[\"Warning\",\"ConfiscateIllegalGains\"]", "《明码标价和禁止价格欺诈规定》第四条", "经营者不按规定明码标价", "《价格违法行为行政处罚规定》第十三条：责令改正，没收违法所得，可以并处5000元以下的罚款" },
                    { "JL27", true, null, 9, 2000m, 0m, null, null, null, "[\"ConfiscateProperty\",\"ConfiscateIllegalGains\"]", "《中华人民共和国计量法》第二十七条", "使用不合格的计量器具或者破坏计量器具准确度", "《中华人民共和国计量法实施细则》第四十六条：责令赔偿损失，没收计量器具和全部违法所得，可并处二千元以下的罚款" },
                    { "SP122", true, "货值金额", 1, 20m, 10m, 10000m, 100000m, 50000m, "[\"ConfiscateIllegalGains\",\"ConfiscateProperty\"]", "《中华人民共和国食品安全法》第三十五条第一款", "未取得食品生产经营许可从事食品生产经营活动", "《中华人民共和国食品安全法》第一百二十二条第一款：没收违法所得和违法生产经营的食品；货值金额不足一万元的，并处五万元以上十万元以下罚款；货值金额一万元以上的，并处货值金额十倍以上二十倍以下罚款" },
                    { "SP124", true, "货值金额", 1, 20m, 10m, 10000m, 100000m, 50000m, "[\"ConfiscateIllegalGains\",\"ConfiscateProperty\",\"RevokeLicence\"]", "《中华人民共和国食品安全法》第三十四条第二项", "生产经营致病性微生物、农药残留等污染物质超过食品安全标准限量的食品", "《中华人民共和国食品安全法》第一百二十四条第一款：没收违法所得和违法生产经营的食品；货值金额不足一万元的，并处五万元以上十万元以下罚款；货值金额一万元以上的，并处货值金额十倍以上二十倍以下罚款；情节严重的，吊销许可证" },
                    { "SP125", true, "货值金额", 1, 10m, 5m, 10000m, 50000m, 5000m, "[\"ConfiscateIllegalGains\",\"ConfiscateProperty\",\"SuspendOperations\",\"RevokeLicence\"]", "《中华人民共和国食品安全法》第六十七条、第七十一条", "生产经营标签、说明书不符合规定的食品", "《中华人民共和国食品安全法》第一百二十五条第一款：没收违法所得和违法生产经营的食品；货值金额不足一万元的，并处五千元以上五万元以下罚款；货值金额一万元以上的，并处货值金额五倍以上十倍以下罚款；情节严重的，责令停产停业，直至吊销许可证" },
                    { "SP126", true, null, 1, 50000m, 5000m, null, null, null, "[\"Warning\",\"SuspendOperations\",\"RevokeLicence\"]", "《中华人民共和国食品安全法》第五十三条", "食品经营者未按规定查验进货并保存记录", "《中华人民共和国食品安全法》第一百二十六条第一款：责令改正，给予警告；拒不改正的，处五千元以上五万元以下罚款；情节严重的，责令停产停业，直至吊销许可证" },
                    { "TZ84", true, null, 3, 300000m, 30000m, null, null, null, "[\"SuspendOperations\"]", "《中华人民共和国特种设备安全法》第四十条第三款", "使用未经检验或者检验不合格的特种设备", "《中华人民共和国特种设备安全法》第八十四条第一项：责令停止使用有关特种设备，处三万元以上三十万元以下罚款" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_cases_cases_ClueId",
                table: "cases_cases",
                column: "ClueId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_cases_DecisionNo",
                table: "cases_cases",
                column: "DecisionNo",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_cases_LeadOfficer_Stage",
                table: "cases_cases",
                columns: new[] { "LeadOfficer", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_cases_Number",
                table: "cases_cases",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_cases_OpenedOn",
                table: "cases_cases",
                column: "OpenedOn");

            migrationBuilder.CreateIndex(
                name: "IX_cases_cases_OrgUnitId_Stage",
                table: "cases_cases",
                columns: new[] { "OrgUnitId", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_cases_Stage_ConcludeBy",
                table: "cases_cases",
                columns: new[] { "Stage", "ConcludeBy" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_cases_Uscc",
                table: "cases_cases",
                column: "Uscc");

            migrationBuilder.CreateIndex(
                name: "IX_cases_clues_Number",
                table: "cases_clues",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_clues_SourceSystem_SourceId",
                table: "cases_clues",
                columns: new[] { "SourceSystem", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_clues_Status_OpenBy",
                table: "cases_clues",
                columns: new[] { "Status", "OpenBy" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_clues_Uscc",
                table: "cases_clues",
                column: "Uscc");

            migrationBuilder.CreateIndex(
                name: "IX_cases_discretion_bands_ViolationCode_Level",
                table: "cases_discretion_bands",
                columns: new[] { "ViolationCode", "Level" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_documents_CaseId",
                table: "cases_documents",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_documents_ClueId",
                table: "cases_documents",
                column: "ClueId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_documents_Number",
                table: "cases_documents",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_evidence_CaseId",
                table: "cases_evidence",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_file_reviews_CaseId",
                table: "cases_file_reviews",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_file_reviews_OrgUnitId_ReviewedOn",
                table: "cases_file_reviews",
                columns: new[] { "OrgUnitId", "ReviewedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_files_CaseId",
                table: "cases_files",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_measures_CaseId",
                table: "cases_measures",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_measures_DueOn",
                table: "cases_measures",
                column: "DueOn");

            migrationBuilder.CreateIndex(
                name: "IX_cases_publications_CaseId",
                table: "cases_publications",
                column: "CaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_publications_PublishedOn",
                table: "cases_publications",
                column: "PublishedOn");

            migrationBuilder.CreateIndex(
                name: "IX_cases_publications_Uscc",
                table: "cases_publications",
                column: "Uscc");

            migrationBuilder.CreateIndex(
                name: "IX_cases_review_items_Code",
                table: "cases_review_items",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_steps_CaseId",
                table: "cases_steps",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_steps_ClueId",
                table: "cases_steps",
                column: "ClueId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_steps_DocumentId",
                table: "cases_steps",
                column: "DocumentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cases_cases");

            migrationBuilder.DropTable(
                name: "cases_clues");

            migrationBuilder.DropTable(
                name: "cases_discretion_bands");

            migrationBuilder.DropTable(
                name: "cases_evidence");

            migrationBuilder.DropTable(
                name: "cases_file_reviews");

            migrationBuilder.DropTable(
                name: "cases_files");

            migrationBuilder.DropTable(
                name: "cases_measures");

            migrationBuilder.DropTable(
                name: "cases_number_counters");

            migrationBuilder.DropTable(
                name: "cases_publications");

            migrationBuilder.DropTable(
                name: "cases_review_items");

            migrationBuilder.DropTable(
                name: "cases_steps");

            migrationBuilder.DropTable(
                name: "cases_violations");

            migrationBuilder.DropTable(
                name: "cases_documents");
        }
    }
}
