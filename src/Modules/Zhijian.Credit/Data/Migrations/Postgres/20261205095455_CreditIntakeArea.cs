using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zhijian.Credit.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CreditIntakeArea : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Sender",
                schema: "credit",
                table: "quarantined_records",
                type: "character varying(256)",
                maxLength: 256,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SenderArea",
                schema: "credit",
                table: "quarantined_records",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "SenderOrgUnitId",
                schema: "credit",
                table: "quarantined_records",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Review",
                schema: "credit",
                table: "credit_records",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ReviewNote",
                schema: "credit",
                table: "credit_records",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ReviewedAt",
                schema: "credit",
                table: "credit_records",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewedBy",
                schema: "credit",
                table: "credit_records",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SharingScopeId",
                schema: "credit",
                table: "credit_records",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubmittedBy",
                schema: "credit",
                table: "credit_records",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "sharing_scopes",
                schema: "credit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SourceApiClient = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SourceOrgUnitId = table.Column<int>(type: "integer", nullable: true),
                    SourceName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SourceSystem = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Divisions = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Basis = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    EffectiveTo = table.Column<DateOnly>(type: "date", nullable: true),
                    DeclaredBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    DeclaredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RevokedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sharing_scopes", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_credit_records_Review_DivisionCode",
                schema: "credit",
                table: "credit_records",
                columns: new[] { "Review", "DivisionCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sharing_scopes",
                schema: "credit");

            migrationBuilder.DropIndex(
                name: "IX_credit_records_Review_DivisionCode",
                schema: "credit",
                table: "credit_records");

            migrationBuilder.DropColumn(
                name: "Sender",
                schema: "credit",
                table: "quarantined_records");

            migrationBuilder.DropColumn(
                name: "SenderArea",
                schema: "credit",
                table: "quarantined_records");

            migrationBuilder.DropColumn(
                name: "SenderOrgUnitId",
                schema: "credit",
                table: "quarantined_records");

            migrationBuilder.DropColumn(
                name: "Review",
                schema: "credit",
                table: "credit_records");

            migrationBuilder.DropColumn(
                name: "ReviewNote",
                schema: "credit",
                table: "credit_records");

            migrationBuilder.DropColumn(
                name: "ReviewedAt",
                schema: "credit",
                table: "credit_records");

            migrationBuilder.DropColumn(
                name: "ReviewedBy",
                schema: "credit",
                table: "credit_records");

            migrationBuilder.DropColumn(
                name: "SharingScopeId",
                schema: "credit",
                table: "credit_records");

            migrationBuilder.DropColumn(
                name: "SubmittedBy",
                schema: "credit",
                table: "credit_records");
        }
    }
}
