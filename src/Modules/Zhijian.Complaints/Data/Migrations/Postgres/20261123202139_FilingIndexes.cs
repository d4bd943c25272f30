using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhijian.Complaints.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FilingIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_filings_DueOn",
                schema: "complaints",
                table: "filings");

            migrationBuilder.DropIndex(
                name: "IX_filings_OrgUnitId_Status_DueOn",
                schema: "complaints",
                table: "filings");

            migrationBuilder.CreateIndex(
                name: "IX_Filings_Closed",
                schema: "complaints",
                table: "filings",
                column: "ClosedOn",
                filter: "\"ClosedOn\" IS NOT NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "OrgUnitId", "OrgUnitName", "DivisionCode", "Status", "Kind", "OnTime", "Satisfaction" });

            migrationBuilder.CreateIndex(
                name: "IX_Filings_Due",
                schema: "complaints",
                table: "filings",
                columns: new[] { "DueOn", "Id" },
                filter: "\"DueOn\" IS NOT NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "Status", "DivisionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Filings_Open",
                schema: "complaints",
                table: "filings",
                columns: new[] { "OrgUnitId", "OrgUnitName" },
                filter: "\"Status\" < 10")
                .Annotation("Npgsql:IndexInclude", new[] { "Status", "DueOn", "FirstRespondedAt", "FirstResponseDue", "DivisionCode", "HandlerUserName", "HandlerName" });

            migrationBuilder.CreateIndex(
                name: "IX_Filings_Received",
                schema: "complaints",
                table: "filings",
                column: "ReceivedOn")
                .Annotation("Npgsql:IndexInclude", new[] { "OrgUnitId", "OrgUnitName", "DivisionCode", "FirstRespondedAt", "FirstResponseDue" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Filings_Closed",
                schema: "complaints",
                table: "filings");

            migrationBuilder.DropIndex(
                name: "IX_Filings_Due",
                schema: "complaints",
                table: "filings");

            migrationBuilder.DropIndex(
                name: "IX_Filings_Open",
                schema: "complaints",
                table: "filings");

            migrationBuilder.DropIndex(
                name: "IX_Filings_Received",
                schema: "complaints",
                table: "filings");

            migrationBuilder.CreateIndex(
                name: "IX_filings_DueOn",
                schema: "complaints",
                table: "filings",
                column: "DueOn");

            migrationBuilder.CreateIndex(
                name: "IX_filings_OrgUnitId_Status_DueOn",
                schema: "complaints",
                table: "filings",
                columns: new[] { "OrgUnitId", "Status", "DueOn" });
        }
    }
}
