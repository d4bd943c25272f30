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
                name: "IX_drugs_rx_sale_checks_BusinessId_CheckedOn",
                table: "drugs_rx_sale_checks",
                columns: new[] { "BusinessId", "CheckedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_drugs_rx_sale_checks_DivisionCode_CheckedOn",
                table: "drugs_rx_sale_checks",
                columns: new[] { "DivisionCode", "CheckedOn" });
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
                name: "drugs_rx_sale_checks");

            migrationBuilder.DropTable(
                name: "drugs_adverse_signals");

            migrationBuilder.DropTable(
                name: "drugs_ephedrine_warnings");
        }
    }
}
