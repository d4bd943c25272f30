using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhijian.Entities.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RegistrationTimes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ApplicationChannel",
                schema: "entities",
                table: "market_entities",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ApplicationReceivedAt",
                schema: "entities",
                table: "market_entities",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ApplicationReceivedOn",
                schema: "entities",
                table: "market_entities",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LicenceIssuedAt",
                schema: "entities",
                table: "market_entities",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LicenceIssuedOn",
                schema: "entities",
                table: "market_entities",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "NameSelfDeclared",
                schema: "entities",
                table: "market_entities",
                type: "boolean",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_market_entities_EstablishedOn",
                schema: "entities",
                table: "market_entities",
                column: "EstablishedOn");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_market_entities_EstablishedOn",
                schema: "entities",
                table: "market_entities");

            migrationBuilder.DropColumn(
                name: "ApplicationChannel",
                schema: "entities",
                table: "market_entities");

            migrationBuilder.DropColumn(
                name: "ApplicationReceivedAt",
                schema: "entities",
                table: "market_entities");

            migrationBuilder.DropColumn(
                name: "ApplicationReceivedOn",
                schema: "entities",
                table: "market_entities");

            migrationBuilder.DropColumn(
                name: "LicenceIssuedAt",
                schema: "entities",
                table: "market_entities");

            migrationBuilder.DropColumn(
                name: "LicenceIssuedOn",
                schema: "entities",
                table: "market_entities");

            migrationBuilder.DropColumn(
                name: "NameSelfDeclared",
                schema: "entities",
                table: "market_entities");
        }
    }
}
