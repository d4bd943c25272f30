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
                    Categories = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
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
                name: "licences",
                schema: "drugs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BusinessId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    BusinessName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Scope = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    QualityManager = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    StatusOn = table.Column<DateOnly>(type: "date", nullable: true),
                    StatusReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Authority = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RenewalAppliedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_licences", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pharmacist_checks",
                schema: "drugs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BusinessId = table.Column<long>(type: "bigint", nullable: false),
                    PharmacistId = table.Column<long>(type: "bigint", nullable: true),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    OnDuty = table.Column<bool>(type: "boolean", nullable: false),
                    Required = table.Column<bool>(type: "boolean", nullable: false),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pharmacist_checks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pharmacists",
                schema: "drugs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BusinessId = table.Column<long>(type: "bigint", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    CertificateNo = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PracticeScope = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pharmacists", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "self_reports",
                schema: "drugs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BusinessId = table.Column<long>(type: "bigint", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Late = table.Column<bool>(type: "boolean", nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ProblemsFound = table.Column<bool>(type: "boolean", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_self_reports", x => x.Id);
                });

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
                name: "IX_licences_BusinessId",
                schema: "drugs",
                table: "licences",
                column: "BusinessId");

            migrationBuilder.CreateIndex(
                name: "IX_licences_DivisionCode",
                schema: "drugs",
                table: "licences",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_licences_Number",
                schema: "drugs",
                table: "licences",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_licences_Status_ValidTo",
                schema: "drugs",
                table: "licences",
                columns: new[] { "Status", "ValidTo" });

            migrationBuilder.CreateIndex(
                name: "IX_pharmacist_checks_BusinessId_On",
                schema: "drugs",
                table: "pharmacist_checks",
                columns: new[] { "BusinessId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_pharmacist_checks_On_DivisionCode",
                schema: "drugs",
                table: "pharmacist_checks",
                columns: new[] { "On", "DivisionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_pharmacists_BusinessId",
                schema: "drugs",
                table: "pharmacists",
                column: "BusinessId");

            migrationBuilder.CreateIndex(
                name: "IX_pharmacists_CertificateNo",
                schema: "drugs",
                table: "pharmacists",
                column: "CertificateNo");

            migrationBuilder.CreateIndex(
                name: "IX_self_reports_BusinessId_Year",
                schema: "drugs",
                table: "self_reports",
                columns: new[] { "BusinessId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_self_reports_Year_DivisionCode",
                schema: "drugs",
                table: "self_reports",
                columns: new[] { "Year", "DivisionCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "businesses",
                schema: "drugs");

            migrationBuilder.DropTable(
                name: "licences",
                schema: "drugs");

            migrationBuilder.DropTable(
                name: "pharmacist_checks",
                schema: "drugs");

            migrationBuilder.DropTable(
                name: "pharmacists",
                schema: "drugs");

            migrationBuilder.DropTable(
                name: "self_reports",
                schema: "drugs");
        }
    }
}
