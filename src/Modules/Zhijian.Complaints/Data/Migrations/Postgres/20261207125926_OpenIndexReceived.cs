using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhijian.Complaints.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OpenIndexReceived : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Filings_Open",
                schema: "complaints",
                table: "filings");

            migrationBuilder.CreateIndex(
                name: "IX_Filings_Open",
                schema: "complaints",
                table: "filings",
                columns: new[] { "OrgUnitId", "OrgUnitName" },
                filter: "\"Status\" < 10")
                .Annotation("Npgsql:IndexInclude", new[] { "Status", "DueOn", "FirstRespondedAt", "FirstResponseDue", "DivisionCode", "HandlerUserName", "HandlerName", "ReceivedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Filings_Open",
                schema: "complaints",
                table: "filings");

            migrationBuilder.CreateIndex(
                name: "IX_Filings_Open",
                schema: "complaints",
                table: "filings",
                columns: new[] { "OrgUnitId", "OrgUnitName" },
                filter: "\"Status\" < 10")
                .Annotation("Npgsql:IndexInclude", new[] { "Status", "DueOn", "FirstRespondedAt", "FirstResponseDue", "DivisionCode", "HandlerUserName", "HandlerName" });
        }
    }
}
