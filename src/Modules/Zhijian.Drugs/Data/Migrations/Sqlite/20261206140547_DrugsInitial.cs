using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhijian.Drugs.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DrugsInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "drugs_adverse_signals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    ProductKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ProductName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Manufacturer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    FromOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ToOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reporters = table.Column<int>(type: "INTEGER", nullable: false),
                    Reports = table.Column<int>(type: "INTEGER", nullable: false),
                    Death = table.Column<bool>(type: "INTEGER", nullable: false),
                    Reviewed = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReviewNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_drugs_adverse_signals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "drugs_businesses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    InRegistry = table.Column<bool>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    LegalRepresentative = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    QualityManager = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    Categories = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ChainHeadquartersId = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_drugs_businesses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "drugs_ephedrine_warnings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    BuyerHash = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    BuyerIdMasked = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    FromOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ToOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Pharmacies = table.Column<int>(type: "INTEGER", nullable: false),
                    Packs = table.Column<int>(type: "INTEGER", nullable: false),
                    Purchases = table.Column<int>(type: "INTEGER", nullable: false),
                    ByPharmacies = table.Column<bool>(type: "INTEGER", nullable: false),
                    ByPacks = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PoliceNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    HandledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HandledBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_drugs_ephedrine_warnings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "drugs_grid_assignments",
                columns: table => new
                {
                    BusinessId = table.Column<long>(type: "INTEGER", nullable: false),
                    GridId = table.Column<long>(type: "INTEGER", nullable: false),
                    AssignedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AssignedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_drugs_grid_assignments", x => x.BusinessId);
                });

            migrationBuilder.CreateTable(
                name: "drugs_grids",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Streets = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OfficerUser = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    OfficerName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    GridWorker = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_drugs_grids", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "drugs_inspections",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    BusinessId = table.Column<long>(type: "INTEGER", nullable: false),
                    BusinessName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    BusinessKind = table.Column<int>(type: "INTEGER", nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    GridId = table.Column<long>(type: "INTEGER", nullable: true),
                    Checklist = table.Column<int>(type: "INTEGER", nullable: false),
                    InspectedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Officer1 = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Officer2 = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    FailedItems = table.Column<int>(type: "INTEGER", nullable: false),
                    FailedKeyItems = table.Column<int>(type: "INTEGER", nullable: false),
                    Conclusion = table.Column<int>(type: "INTEGER", nullable: false),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Rectify = table.Column<int>(type: "INTEGER", nullable: false),
                    RectifyDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecheckDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecheckOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecheckNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ClueRaisedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_drugs_inspections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "drugs_licences",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BusinessId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    BusinessName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    QualityManager = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    StatusOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StatusReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Authority = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RenewalAppliedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_drugs_licences", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "drugs_pharmacist_checks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BusinessId = table.Column<long>(type: "INTEGER", nullable: false),
                    PharmacistId = table.Column<long>(type: "INTEGER", nullable: true),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OnDuty = table.Column<bool>(type: "INTEGER", nullable: false),
                    Required = table.Column<bool>(type: "INTEGER", nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_drugs_pharmacist_checks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "drugs_pharmacists",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BusinessId = table.Column<long>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    CertificateNo = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PracticeScope = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_drugs_pharmacists", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "drugs_risk_grades",
                columns: table => new
                {
                    BusinessId = table.Column<long>(type: "INTEGER", nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Grade = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    Reasons = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    LastInspectedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NextDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ComputedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_drugs_risk_grades", x => x.BusinessId);
                });

            migrationBuilder.CreateTable(
                name: "drugs_rx_sale_checks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BusinessId = table.Column<long>(type: "INTEGER", nullable: false),
                    BusinessName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    CheckedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DrugName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    WithPrescription = table.Column<bool>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_drugs_rx_sale_checks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "drugs_self_reports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BusinessId = table.Column<long>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Late = table.Column<bool>(type: "INTEGER", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ProblemsFound = table.Column<bool>(type: "INTEGER", nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_drugs_self_reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "drugs_vaccination_points",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_drugs_vaccination_points", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "drugs_vaccine_checks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PointId = table.Column<long>(type: "INTEGER", nullable: false),
                    PointName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    CheckedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Officer1 = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Officer2 = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    MinTemperature = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: false),
                    MaxTemperature = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: false),
                    RecordsComplete = table.Column<bool>(type: "INTEGER", nullable: false),
                    TraceScanned = table.Column<bool>(type: "INTEGER", nullable: false),
                    ExpiredDoses = table.Column<int>(type: "INTEGER", nullable: false),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Rectify = table.Column<int>(type: "INTEGER", nullable: false),
                    RectifyDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecheckOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecheckNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_drugs_vaccine_checks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "drugs_adverse_reports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReportNo = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    ReporterName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReporterCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ProductName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProductNo = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Batch = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Manufacturer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ProductKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    PatientAge = table.Column<int>(type: "INTEGER", nullable: true),
                    PatientSex = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    EventOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    KnownOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Seriousness = table.Column<int>(type: "INTEGER", nullable: false),
                    IsNew = table.Column<bool>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Late = table.Column<bool>(type: "INTEGER", nullable: false),
                    SignalId = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_drugs_adverse_reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_drugs_adverse_reports_drugs_adverse_signals_SignalId",
                        column: x => x.SignalId,
                        principalTable: "drugs_adverse_signals",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "drugs_ephedrine_sales",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BusinessId = table.Column<long>(type: "INTEGER", nullable: false),
                    BusinessName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    SaleNo = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    SoldAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SoldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ProductName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ApprovalNo = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ContentClass = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Packs = table.Column<int>(type: "INTEGER", nullable: false),
                    BuyerHash = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    BuyerIdProtected = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BuyerIdMasked = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    BuyerNameProtected = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BuyerNameMasked = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    OverLimit = table.Column<bool>(type: "INTEGER", nullable: false),
                    Limit = table.Column<int>(type: "INTEGER", nullable: false),
                    WarningId = table.Column<long>(type: "INTEGER", nullable: true),
                    ClueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_drugs_ephedrine_sales", x => x.Id);
                    table.ForeignKey(
                        name: "FK_drugs_ephedrine_sales_drugs_ephedrine_warnings_WarningId",
                        column: x => x.WarningId,
                        principalTable: "drugs_ephedrine_warnings",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "drugs_inspection_items",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InspectionId = table.Column<long>(type: "INTEGER", nullable: false),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Result = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_drugs_inspection_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_drugs_inspection_items_drugs_inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "drugs_inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_drugs_adverse_reports_DivisionCode_ReceivedOn",
                table: "drugs_adverse_reports",
                columns: new[] { "DivisionCode", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_drugs_adverse_reports_ProductKey_EventOn",
                table: "drugs_adverse_reports",
                columns: new[] { "ProductKey", "EventOn" });

            migrationBuilder.CreateIndex(
                name: "IX_drugs_adverse_reports_ReportNo",
                table: "drugs_adverse_reports",
                column: "ReportNo",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_drugs_adverse_reports_SignalId",
                table: "drugs_adverse_reports",
                column: "SignalId");

            migrationBuilder.CreateIndex(
                name: "IX_drugs_adverse_signals_Number",
                table: "drugs_adverse_signals",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_drugs_adverse_signals_ProductKey_ToOn",
                table: "drugs_adverse_signals",
                columns: new[] { "ProductKey", "ToOn" });

            migrationBuilder.CreateIndex(
                name: "IX_drugs_adverse_signals_Reviewed",
                table: "drugs_adverse_signals",
                column: "Reviewed");

            migrationBuilder.CreateIndex(
                name: "IX_drugs_businesses_ChainHeadquartersId",
                table: "drugs_businesses",
                column: "ChainHeadquartersId");

            migrationBuilder.CreateIndex(
                name: "IX_drugs_businesses_Kind_DivisionCode",
                table: "drugs_businesses",
                columns: new[] { "Kind", "DivisionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_drugs_businesses_Uscc",
                table: "drugs_businesses",
                column: "Uscc");

            migrationBuilder.CreateIndex(
                name: "IX_drugs_ephedrine_sales_BusinessId_SaleNo",
                table: "drugs_ephedrine_sales",
                columns: new[] { "BusinessId", "SaleNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_drugs_ephedrine_sales_BuyerHash_SoldOn",
                table: "drugs_ephedrine_sales",
                columns: new[] { "BuyerHash", "SoldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_drugs_ephedrine_sales_DivisionCode_SoldOn",
                table: "drugs_ephedrine_sales",
                columns: new[] { "DivisionCode", "SoldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_drugs_ephedrine_sales_SoldOn",
                table: "drugs_ephedrine_sales",
                column: "SoldOn");

            migrationBuilder.CreateIndex(
                name: "IX_drugs_ephedrine_sales_WarningId",
                table: "drugs_ephedrine_sales",
                column: "WarningId");

            migrationBuilder.CreateIndex(
                name: "IX_drugs_ephedrine_warnings_BuyerHash_Status",
                table: "drugs_ephedrine_warnings",
                columns: new[] { "BuyerHash", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_drugs_ephedrine_warnings_Number",
                table: "drugs_ephedrine_warnings",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_drugs_ephedrine_warnings_Status_DivisionCode",
                table: "drugs_ephedrine_warnings",
                columns: new[] { "Status", "DivisionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_drugs_grid_assignments_GridId",
                table: "drugs_grid_assignments",
                column: "GridId");

            migrationBuilder.CreateIndex(
                name: "IX_drugs_grids_DivisionCode_Code",
                table: "drugs_grids",
                columns: new[] { "DivisionCode", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_drugs_inspection_items_InspectionId",
                table: "drugs_inspection_items",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_drugs_inspections_BusinessId_InspectedOn",
                table: "drugs_inspections",
                columns: new[] { "BusinessId", "InspectedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_drugs_inspections_DivisionCode_InspectedOn",
                table: "drugs_inspections",
                columns: new[] { "DivisionCode", "InspectedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_drugs_inspections_Number",
                table: "drugs_inspections",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_drugs_inspections_Rectify_RectifyDueOn",
                table: "drugs_inspections",
                columns: new[] { "Rectify", "RectifyDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_drugs_licences_BusinessId",
                table: "drugs_licences",
                column: "BusinessId");

            migrationBuilder.CreateIndex(
                name: "IX_drugs_licences_DivisionCode",
                table: "drugs_licences",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_drugs_licences_Number",
                table: "drugs_licences",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_drugs_licences_Status_ValidTo",
                table: "drugs_licences",
                columns: new[] { "Status", "ValidTo" });

            migrationBuilder.CreateIndex(
                name: "IX_drugs_pharmacist_checks_BusinessId_On",
                table: "drugs_pharmacist_checks",
                columns: new[] { "BusinessId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_drugs_pharmacist_checks_On_DivisionCode",
                table: "drugs_pharmacist_checks",
                columns: new[] { "On", "DivisionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_drugs_pharmacists_BusinessId",
                table: "drugs_pharmacists",
                column: "BusinessId");

            migrationBuilder.CreateIndex(
                name: "IX_drugs_pharmacists_CertificateNo",
                table: "drugs_pharmacists",
                column: "CertificateNo");

            migrationBuilder.CreateIndex(
                name: "IX_drugs_risk_grades_DivisionCode_NextDueOn",
                table: "drugs_risk_grades",
                columns: new[] { "DivisionCode", "NextDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_drugs_rx_sale_checks_BusinessId_CheckedOn",
                table: "drugs_rx_sale_checks",
                columns: new[] { "BusinessId", "CheckedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_drugs_rx_sale_checks_DivisionCode_CheckedOn",
                table: "drugs_rx_sale_checks",
                columns: new[] { "DivisionCode", "CheckedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_drugs_self_reports_BusinessId_Year",
                table: "drugs_self_reports",
                columns: new[] { "BusinessId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_drugs_self_reports_Year_DivisionCode",
                table: "drugs_self_reports",
                columns: new[] { "Year", "DivisionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_drugs_vaccine_checks_DivisionCode_CheckedOn",
                table: "drugs_vaccine_checks",
                columns: new[] { "DivisionCode", "CheckedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_drugs_vaccine_checks_PointId_CheckedOn",
                table: "drugs_vaccine_checks",
                columns: new[] { "PointId", "CheckedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "drugs_adverse_reports");

            migrationBuilder.DropTable(
                name: "drugs_businesses");

            migrationBuilder.DropTable(
                name: "drugs_ephedrine_sales");

            migrationBuilder.DropTable(
                name: "drugs_grid_assignments");

            migrationBuilder.DropTable(
                name: "drugs_grids");

            migrationBuilder.DropTable(
                name: "drugs_inspection_items");

            migrationBuilder.DropTable(
                name: "drugs_licences");

            migrationBuilder.DropTable(
                name: "drugs_pharmacist_checks");

            migrationBuilder.DropTable(
                name: "drugs_pharmacists");

            migrationBuilder.DropTable(
                name: "drugs_risk_grades");

            migrationBuilder.DropTable(
                name: "drugs_rx_sale_checks");

            migrationBuilder.DropTable(
                name: "drugs_self_reports");

            migrationBuilder.DropTable(
                name: "drugs_vaccination_points");

            migrationBuilder.DropTable(
                name: "drugs_vaccine_checks");

            migrationBuilder.DropTable(
                name: "drugs_adverse_signals");

            migrationBuilder.DropTable(
                name: "drugs_ephedrine_warnings");

            migrationBuilder.DropTable(
                name: "drugs_inspections");
        }
    }
}
