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
                name: "IX_drugs_self_reports_BusinessId_Year",
                table: "drugs_self_reports",
                columns: new[] { "BusinessId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_drugs_self_reports_Year_DivisionCode",
                table: "drugs_self_reports",
                columns: new[] { "Year", "DivisionCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "drugs_businesses");

            migrationBuilder.DropTable(
                name: "drugs_licences");

            migrationBuilder.DropTable(
                name: "drugs_pharmacist_checks");

            migrationBuilder.DropTable(
                name: "drugs_pharmacists");

            migrationBuilder.DropTable(
                name: "drugs_self_reports");
        }
    }
}
