using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhijian.ProductQuality.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PqInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "pq_ccc_certificates",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    HolderUscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    HolderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Product = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Model = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pq_ccc_certificates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pq_ccc_mark_checks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SellerUscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    SellerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Product = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BrandModel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CertificateNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    CertificateId = table.Column<long>(type: "INTEGER", nullable: true),
                    VerifiedLocally = table.Column<bool>(type: "INTEGER", nullable: false),
                    Result = table.Column<int>(type: "INTEGER", nullable: false),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Officers = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ClueSent = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pq_ccc_mark_checks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pq_licence_applications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    ApplicantUscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    ApplicantName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Varieties = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProductNames = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    LicenceNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OnSiteDue = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OnSiteOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OnSitePassed = table.Column<bool>(type: "INTEGER", nullable: true),
                    SamplesDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SamplesSentOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionDue = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Decision = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pq_licence_applications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pq_licence_checks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LicenceId = table.Column<long>(type: "INTEGER", nullable: true),
                    LicenceNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Unlicensed = table.Column<bool>(type: "INTEGER", nullable: false),
                    HolderUscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    HolderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Variety = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Officers = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProductionOk = table.Column<bool>(type: "INTEGER", nullable: false),
                    TestingOk = table.Column<bool>(type: "INTEGER", nullable: false),
                    MarkOk = table.Column<bool>(type: "INTEGER", nullable: false),
                    Sampled = table.Column<bool>(type: "INTEGER", nullable: false),
                    Result = table.Column<int>(type: "INTEGER", nullable: false),
                    RectifyBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ClueSent = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pq_licence_checks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pq_licences",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    HolderUscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    HolderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Varieties = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProductNames = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    FoodRelated = table.Column<bool>(type: "INTEGER", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    StatusOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StatusReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Authority = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    ProducingAfterExpiry = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pq_licences", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_pq_ccc_certificates_HolderUscc",
                table: "pq_ccc_certificates",
                column: "HolderUscc");

            migrationBuilder.CreateIndex(
                name: "IX_pq_ccc_certificates_Number",
                table: "pq_ccc_certificates",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pq_ccc_certificates_Status_ValidTo",
                table: "pq_ccc_certificates",
                columns: new[] { "Status", "ValidTo" });

            migrationBuilder.CreateIndex(
                name: "IX_pq_ccc_mark_checks_CertificateNumber",
                table: "pq_ccc_mark_checks",
                column: "CertificateNumber");

            migrationBuilder.CreateIndex(
                name: "IX_pq_ccc_mark_checks_On_DivisionCode",
                table: "pq_ccc_mark_checks",
                columns: new[] { "On", "DivisionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_pq_ccc_mark_checks_SellerUscc",
                table: "pq_ccc_mark_checks",
                column: "SellerUscc");

            migrationBuilder.CreateIndex(
                name: "IX_pq_licence_applications_ApplicantUscc",
                table: "pq_licence_applications",
                column: "ApplicantUscc");

            migrationBuilder.CreateIndex(
                name: "IX_pq_licence_applications_DecidedOn_DecisionDue",
                table: "pq_licence_applications",
                columns: new[] { "DecidedOn", "DecisionDue" });

            migrationBuilder.CreateIndex(
                name: "IX_pq_licence_applications_LicenceNumber",
                table: "pq_licence_applications",
                column: "LicenceNumber");

            migrationBuilder.CreateIndex(
                name: "IX_pq_licence_applications_Number",
                table: "pq_licence_applications",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pq_licence_checks_HolderUscc",
                table: "pq_licence_checks",
                column: "HolderUscc");

            migrationBuilder.CreateIndex(
                name: "IX_pq_licence_checks_LicenceId_On",
                table: "pq_licence_checks",
                columns: new[] { "LicenceId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_pq_licence_checks_On_DivisionCode",
                table: "pq_licence_checks",
                columns: new[] { "On", "DivisionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_pq_licences_DivisionCode",
                table: "pq_licences",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_pq_licences_HolderUscc",
                table: "pq_licences",
                column: "HolderUscc");

            migrationBuilder.CreateIndex(
                name: "IX_pq_licences_Number",
                table: "pq_licences",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pq_licences_Status_ValidTo",
                table: "pq_licences",
                columns: new[] { "Status", "ValidTo" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "pq_ccc_certificates");

            migrationBuilder.DropTable(
                name: "pq_ccc_mark_checks");

            migrationBuilder.DropTable(
                name: "pq_licence_applications");

            migrationBuilder.DropTable(
                name: "pq_licence_checks");

            migrationBuilder.DropTable(
                name: "pq_licences");
        }
    }
}
