using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zhijian.Metrology.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MetroInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "metro");

            migrationBuilder.CreateTable(
                name: "check_items",
                schema: "metro",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CheckId = table.Column<long>(type: "bigint", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SerialNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Verified = table.Column<bool>(type: "boolean", nullable: false),
                    ErrorPercent = table.Column<decimal>(type: "numeric(8,3)", precision: 8, scale: 3, nullable: true),
                    Accurate = table.Column<bool>(type: "boolean", nullable: true),
                    Passed = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_check_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "checks",
                schema: "metro",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Place = table.Column<int>(type: "integer", nullable: false),
                    TargetUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    TargetName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    County = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CheckedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Inspectors = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FairScalePresent = table.Column<bool>(type: "boolean", nullable: true),
                    Items = table.Column<int>(type: "integer", nullable: false),
                    ItemsPassed = table.Column<int>(type: "integer", nullable: false),
                    Passed = table.Column<bool>(type: "boolean", nullable: false),
                    RectifyBy = table.Column<DateOnly>(type: "date", nullable: true),
                    RecheckedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecheckPassed = table.Column<bool>(type: "boolean", nullable: true),
                    RecheckNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ClueSent = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_checks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "instruments",
                schema: "metro",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    KindCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Mode = table.Column<int>(type: "integer", nullable: false),
                    Size = table.Column<int>(type: "integer", nullable: true),
                    Model = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SerialNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Maker = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OwnerUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    OwnerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Household = table.Column<bool>(type: "boolean", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    County = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FirstVerifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LastVerifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LastPassed = table.Column<bool>(type: "boolean", nullable: true),
                    LastCertificateNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    StatusOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReplacedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClueSentFor = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_instruments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "package_checks",
                schema: "metro",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TargetUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    TargetName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    County = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    ProductName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Nominal = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    Unit = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    BatchSize = table.Column<int>(type: "integer", nullable: false),
                    Samples = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    T = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    Mean = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    StdDev = table.Column<decimal>(type: "numeric(12,3)", precision: 12, scale: 3, nullable: false),
                    OverT = table.Column<int>(type: "integer", nullable: false),
                    Over2T = table.Column<int>(type: "integer", nullable: false),
                    Passed = table.Column<bool>(type: "boolean", nullable: false),
                    Reasons = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CheckedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_package_checks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "verification_bodies",
                schema: "metro",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    AuthorisationNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Kinds = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ApiClientId = table.Column<int>(type: "integer", nullable: true),
                    ApiClientName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_verification_bodies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "verifications",
                schema: "metro",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InstrumentId = table.Column<long>(type: "bigint", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    County = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    BodyId = table.Column<long>(type: "bigint", nullable: true),
                    BodyName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    VerifiedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Passed = table.Column<bool>(type: "boolean", nullable: false),
                    CertificateNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    NextDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DueBefore = table.Column<DateOnly>(type: "date", nullable: true),
                    OnTime = table.Column<bool>(type: "boolean", nullable: false),
                    RequestedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PromisedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Late = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_verifications", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_check_items_CheckId",
                schema: "metro",
                table: "check_items",
                column: "CheckId");

            migrationBuilder.CreateIndex(
                name: "IX_checks_County_CheckedOn",
                schema: "metro",
                table: "checks",
                columns: new[] { "County", "CheckedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_checks_Passed_RectifyBy",
                schema: "metro",
                table: "checks",
                columns: new[] { "Passed", "RectifyBy" });

            migrationBuilder.CreateIndex(
                name: "IX_checks_TargetUscc",
                schema: "metro",
                table: "checks",
                column: "TargetUscc");

            migrationBuilder.CreateIndex(
                name: "IX_instruments_County_KindCode_Status_DueOn",
                schema: "metro",
                table: "instruments",
                columns: new[] { "County", "KindCode", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_instruments_DivisionCode",
                schema: "metro",
                table: "instruments",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_instruments_OwnerUscc_SerialNo",
                schema: "metro",
                table: "instruments",
                columns: new[] { "OwnerUscc", "SerialNo" });

            migrationBuilder.CreateIndex(
                name: "IX_instruments_SerialNo",
                schema: "metro",
                table: "instruments",
                column: "SerialNo");

            migrationBuilder.CreateIndex(
                name: "IX_instruments_Status_DueOn",
                schema: "metro",
                table: "instruments",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_package_checks_County_CheckedOn",
                schema: "metro",
                table: "package_checks",
                columns: new[] { "County", "CheckedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_verification_bodies_ApiClientId",
                schema: "metro",
                table: "verification_bodies",
                column: "ApiClientId");

            migrationBuilder.CreateIndex(
                name: "IX_verification_bodies_Name",
                schema: "metro",
                table: "verification_bodies",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_verifications_CertificateNo",
                schema: "metro",
                table: "verifications",
                column: "CertificateNo",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_verifications_County_DueBefore",
                schema: "metro",
                table: "verifications",
                columns: new[] { "County", "DueBefore" });

            migrationBuilder.CreateIndex(
                name: "IX_verifications_InstrumentId_VerifiedOn",
                schema: "metro",
                table: "verifications",
                columns: new[] { "InstrumentId", "VerifiedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "check_items",
                schema: "metro");

            migrationBuilder.DropTable(
                name: "checks",
                schema: "metro");

            migrationBuilder.DropTable(
                name: "instruments",
                schema: "metro");

            migrationBuilder.DropTable(
                name: "package_checks",
                schema: "metro");

            migrationBuilder.DropTable(
                name: "verification_bodies",
                schema: "metro");

            migrationBuilder.DropTable(
                name: "verifications",
                schema: "metro");
        }
    }
}
