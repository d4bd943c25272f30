using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhijian.Entities.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StatisticsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_market_entities_EstablishedOn",
                schema: "entities",
                table: "market_entities");

            migrationBuilder.CreateIndex(
                name: "IX_market_entities_EstablishedOn",
                schema: "entities",
                table: "market_entities",
                column: "EstablishedOn")
                .Annotation("Npgsql:IndexInclude", new[] { "DivisionCode", "Type", "Status", "StatusDate", "ApplicationChannel", "NameSelfDeclared", "ApplicationReceivedOn", "LicenceIssuedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_market_entities_EstablishedOn",
                schema: "entities",
                table: "market_entities");

            migrationBuilder.CreateIndex(
                name: "IX_market_entities_EstablishedOn",
                schema: "entities",
                table: "market_entities",
                column: "EstablishedOn");
        }
    }
}
