using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zhijian.ProductQuality.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PqInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "pq");

            migrationBuilder.CreateTable(
                name: "ccc_certificates",
                schema: "pq",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    HolderUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    HolderName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Category = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Product = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Model = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Body = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ccc_certificates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ccc_mark_checks",
                schema: "pq",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    SellerUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    SellerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Product = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BrandModel = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CertificateNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    CertificateId = table.Column<long>(type: "bigint", nullable: true),
                    VerifiedLocally = table.Column<bool>(type: "boolean", nullable: false),
                    Result = table.Column<int>(type: "integer", nullable: false),
                    Findings = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Officers = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ClueSent = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ccc_mark_checks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "licence_applications",
                schema: "pq",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    ApplicantUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    ApplicantName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Varieties = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProductNames = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    LicenceNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    OnSiteDue = table.Column<DateOnly>(type: "date", nullable: false),
                    OnSiteOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OnSitePassed = table.Column<bool>(type: "boolean", nullable: true),
                    SamplesDue = table.Column<DateOnly>(type: "date", nullable: true),
                    SamplesSentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionDue = table.Column<DateOnly>(type: "date", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Decision = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_licence_applications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "licence_checks",
                schema: "pq",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LicenceId = table.Column<long>(type: "bigint", nullable: true),
                    LicenceNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Unlicensed = table.Column<bool>(type: "boolean", nullable: false),
                    HolderUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    HolderName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Variety = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Officers = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProductionOk = table.Column<bool>(type: "boolean", nullable: false),
                    TestingOk = table.Column<bool>(type: "boolean", nullable: false),
                    MarkOk = table.Column<bool>(type: "boolean", nullable: false),
                    Sampled = table.Column<bool>(type: "boolean", nullable: false),
                    Result = table.Column<int>(type: "integer", nullable: false),
                    RectifyBy = table.Column<DateOnly>(type: "date", nullable: true),
                    Findings = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ClueSent = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_licence_checks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "licences",
                schema: "pq",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    HolderUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    HolderName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Varieties = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProductNames = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    FoodRelated = table.Column<bool>(type: "boolean", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    StatusOn = table.Column<DateOnly>(type: "date", nullable: true),
                    StatusReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Authority = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    ProducingAfterExpiry = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_licences", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ccc_certificates_HolderUscc",
                schema: "pq",
                table: "ccc_certificates",
                column: "HolderUscc");

            migrationBuilder.CreateIndex(
                name: "IX_ccc_certificates_Number",
                schema: "pq",
                table: "ccc_certificates",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ccc_certificates_Status_ValidTo",
                schema: "pq",
                table: "ccc_certificates",
                columns: new[] { "Status", "ValidTo" });

            migrationBuilder.CreateIndex(
                name: "IX_ccc_mark_checks_CertificateNumber",
                schema: "pq",
                table: "ccc_mark_checks",
                column: "CertificateNumber");

            migrationBuilder.CreateIndex(
                name: "IX_ccc_mark_checks_On_DivisionCode",
                schema: "pq",
                table: "ccc_mark_checks",
                columns: new[] { "On", "DivisionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_ccc_mark_checks_SellerUscc",
                schema: "pq",
                table: "ccc_mark_checks",
                column: "SellerUscc");

            migrationBuilder.CreateIndex(
                name: "IX_licence_applications_ApplicantUscc",
                schema: "pq",
                table: "licence_applications",
                column: "ApplicantUscc");

            migrationBuilder.CreateIndex(
                name: "IX_licence_applications_DecidedOn_DecisionDue",
                schema: "pq",
                table: "licence_applications",
                columns: new[] { "DecidedOn", "DecisionDue" });

            migrationBuilder.CreateIndex(
                name: "IX_licence_applications_LicenceNumber",
                schema: "pq",
                table: "licence_applications",
                column: "LicenceNumber");

            migrationBuilder.CreateIndex(
                name: "IX_licence_applications_Number",
                schema: "pq",
                table: "licence_applications",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_licence_checks_HolderUscc",
                schema: "pq",
                table: "licence_checks",
                column: "HolderUscc");

            migrationBuilder.CreateIndex(
                name: "IX_licence_checks_LicenceId_On",
                schema: "pq",
                table: "licence_checks",
                columns: new[] { "LicenceId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_licence_checks_On_DivisionCode",
                schema: "pq",
                table: "licence_checks",
                columns: new[] { "On", "DivisionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_licences_DivisionCode",
                schema: "pq",
                table: "licences",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_licences_HolderUscc",
                schema: "pq",
                table: "licences",
                column: "HolderUscc");

            migrationBuilder.CreateIndex(
                name: "IX_licences_Number",
                schema: "pq",
                table: "licences",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_licences_Status_ValidTo",
                schema: "pq",
                table: "licences",
                columns: new[] { "Status", "ValidTo" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ccc_certificates",
                schema: "pq");

            migrationBuilder.DropTable(
                name: "ccc_mark_checks",
                schema: "pq");

            migrationBuilder.DropTable(
                name: "licence_applications",
                schema: "pq");

            migrationBuilder.DropTable(
                name: "licence_checks",
                schema: "pq");

            migrationBuilder.DropTable(
                name: "licences",
                schema: "pq");
        }
    }
}
