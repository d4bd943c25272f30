using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhijian.Entities.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RegistrationTimes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ApplicationChannel",
                table: "entities_market_entities",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ApplicationReceivedAt",
                table: "entities_market_entities",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ApplicationReceivedOn",
                table: "entities_market_entities",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LicenceIssuedAt",
                table: "entities_market_entities",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LicenceIssuedOn",
                table: "entities_market_entities",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "NameSelfDeclared",
                table: "entities_market_entities",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_entities_market_entities_EstablishedOn",
                table: "entities_market_entities",
                column: "EstablishedOn");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_entities_market_entities_EstablishedOn",
                table: "entities_market_entities");

            migrationBuilder.DropColumn(
                name: "ApplicationChannel",
                table: "entities_market_entities");

            migrationBuilder.DropColumn(
                name: "ApplicationReceivedAt",
                table: "entities_market_entities");

            migrationBuilder.DropColumn(
                name: "ApplicationReceivedOn",
                table: "entities_market_entities");

            migrationBuilder.DropColumn(
                name: "LicenceIssuedAt",
                table: "entities_market_entities");

            migrationBuilder.DropColumn(
                name: "LicenceIssuedOn",
                table: "entities_market_entities");

            migrationBuilder.DropColumn(
                name: "NameSelfDeclared",
                table: "entities_market_entities");
        }
    }
}
