using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhijian.Metrology.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MetroInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "metro_check_items",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CheckId = table.Column<long>(type: "INTEGER", nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SerialNo = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Verified = table.Column<bool>(type: "INTEGER", nullable: false),
                    ErrorPercent = table.Column<decimal>(type: "TEXT", precision: 8, scale: 3, nullable: true),
                    Accurate = table.Column<bool>(type: "INTEGER", nullable: true),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_metro_check_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "metro_checks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Place = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetUscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    TargetName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    County = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CheckedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Inspectors = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FairScalePresent = table.Column<bool>(type: "INTEGER", nullable: true),
                    Items = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemsPassed = table.Column<int>(type: "INTEGER", nullable: false),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: false),
                    RectifyBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecheckedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecheckPassed = table.Column<bool>(type: "INTEGER", nullable: true),
                    RecheckNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ClueSent = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_metro_checks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "metro_instruments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    KindCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Mode = table.Column<int>(type: "INTEGER", nullable: false),
                    Size = table.Column<int>(type: "INTEGER", nullable: true),
                    Model = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SerialNo = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Maker = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OwnerUscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Household = table.Column<bool>(type: "INTEGER", nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    County = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FirstVerifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastVerifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastPassed = table.Column<bool>(type: "INTEGER", nullable: true),
                    LastCertificateNo = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    StatusOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReplacedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClueSentFor = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_metro_instruments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "metro_package_checks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TargetUscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    TargetName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    County = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    ProductName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Nominal = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    BatchSize = table.Column<int>(type: "INTEGER", nullable: false),
                    Samples = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    T = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Mean = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    StdDev = table.Column<decimal>(type: "TEXT", precision: 12, scale: 3, nullable: false),
                    OverT = table.Column<int>(type: "INTEGER", nullable: false),
                    Over2T = table.Column<int>(type: "INTEGER", nullable: false),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Reasons = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CheckedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_metro_package_checks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "metro_verification_bodies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    AuthorisationNo = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Kinds = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ApiClientId = table.Column<int>(type: "INTEGER", nullable: true),
                    ApiClientName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_metro_verification_bodies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "metro_verifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InstrumentId = table.Column<long>(type: "INTEGER", nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    County = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    BodyId = table.Column<long>(type: "INTEGER", nullable: true),
                    BodyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    VerifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: false),
                    CertificateNo = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    NextDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DueBefore = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OnTime = table.Column<bool>(type: "INTEGER", nullable: false),
                    RequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PromisedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Late = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_metro_verifications", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_metro_check_items_CheckId",
                table: "metro_check_items",
                column: "CheckId");

            migrationBuilder.CreateIndex(
                name: "IX_metro_checks_County_CheckedOn",
                table: "metro_checks",
                columns: new[] { "County", "CheckedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_metro_checks_Passed_RectifyBy",
                table: "metro_checks",
                columns: new[] { "Passed", "RectifyBy" });

            migrationBuilder.CreateIndex(
                name: "IX_metro_checks_TargetUscc",
                table: "metro_checks",
                column: "TargetUscc");

            migrationBuilder.CreateIndex(
                name: "IX_metro_instruments_County_KindCode_Status_DueOn",
                table: "metro_instruments",
                columns: new[] { "County", "KindCode", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_metro_instruments_DivisionCode",
                table: "metro_instruments",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_metro_instruments_OwnerUscc_SerialNo",
                table: "metro_instruments",
                columns: new[] { "OwnerUscc", "SerialNo" });

            migrationBuilder.CreateIndex(
                name: "IX_metro_instruments_SerialNo",
                table: "metro_instruments",
                column: "SerialNo");

            migrationBuilder.CreateIndex(
                name: "IX_metro_instruments_Status_DueOn",
                table: "metro_instruments",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_metro_package_checks_County_CheckedOn",
                table: "metro_package_checks",
                columns: new[] { "County", "CheckedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_metro_verification_bodies_ApiClientId",
                table: "metro_verification_bodies",
                column: "ApiClientId");

            migrationBuilder.CreateIndex(
                name: "IX_metro_verification_bodies_Name",
                table: "metro_verification_bodies",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_metro_verifications_CertificateNo",
                table: "metro_verifications",
                column: "CertificateNo",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_metro_verifications_County_DueBefore",
                table: "metro_verifications",
                columns: new[] { "County", "DueBefore" });

            migrationBuilder.CreateIndex(
                name: "IX_metro_verifications_InstrumentId_VerifiedOn",
                table: "metro_verifications",
                columns: new[] { "InstrumentId", "VerifiedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "metro_check_items");

            migrationBuilder.DropTable(
                name: "metro_checks");

            migrationBuilder.DropTable(
                name: "metro_instruments");

            migrationBuilder.DropTable(
                name: "metro_package_checks");

            migrationBuilder.DropTable(
                name: "metro_verification_bodies");

            migrationBuilder.DropTable(
                name: "metro_verifications");
        }
    }
}
