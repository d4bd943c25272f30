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
                name: "IX_rx_sale_checks_BusinessId_CheckedOn",
                schema: "drugs",
                table: "rx_sale_checks",
                columns: new[] { "BusinessId", "CheckedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_rx_sale_checks_DivisionCode_CheckedOn",
                schema: "drugs",
                table: "rx_sale_checks",
                columns: new[] { "DivisionCode", "CheckedOn" });
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
                name: "rx_sale_checks",
                schema: "drugs");

            migrationBuilder.DropTable(
                name: "adverse_signals",
                schema: "drugs");

            migrationBuilder.DropTable(
                name: "ephedrine_warnings",
                schema: "drugs");
        }
    }
}
