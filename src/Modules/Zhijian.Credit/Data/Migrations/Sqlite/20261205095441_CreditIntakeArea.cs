using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhijian.Credit.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CreditIntakeArea : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Sender",
                table: "credit_quarantined_records",
                type: "TEXT",
                maxLength: 256,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SenderArea",
                table: "credit_quarantined_records",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "SenderOrgUnitId",
                table: "credit_quarantined_records",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Review",
                table: "credit_credit_records",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ReviewNote",
                table: "credit_credit_records",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ReviewedAt",
                table: "credit_credit_records",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewedBy",
                table: "credit_credit_records",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SharingScopeId",
                table: "credit_credit_records",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubmittedBy",
                table: "credit_credit_records",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "credit_sharing_scopes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SourceApiClient = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SourceOrgUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    SourceName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SourceSystem = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Divisions = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EffectiveTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DeclaredBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DeclaredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RevokedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_credit_sharing_scopes", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_credit_credit_records_Review_DivisionCode",
                table: "credit_credit_records",
                columns: new[] { "Review", "DivisionCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "credit_sharing_scopes");

            migrationBuilder.DropIndex(
                name: "IX_credit_credit_records_Review_DivisionCode",
                table: "credit_credit_records");

            migrationBuilder.DropColumn(
                name: "Sender",
                table: "credit_quarantined_records");

            migrationBuilder.DropColumn(
                name: "SenderArea",
                table: "credit_quarantined_records");

            migrationBuilder.DropColumn(
                name: "SenderOrgUnitId",
                table: "credit_quarantined_records");

            migrationBuilder.DropColumn(
                name: "Review",
                table: "credit_credit_records");

            migrationBuilder.DropColumn(
                name: "ReviewNote",
                table: "credit_credit_records");

            migrationBuilder.DropColumn(
                name: "ReviewedAt",
                table: "credit_credit_records");

            migrationBuilder.DropColumn(
                name: "ReviewedBy",
                table: "credit_credit_records");

            migrationBuilder.DropColumn(
                name: "SharingScopeId",
                table: "credit_credit_records");

            migrationBuilder.DropColumn(
                name: "SubmittedBy",
                table: "credit_credit_records");
        }
    }
}
