using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhijian.Complaints.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FilingIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_complaints_filings_DueOn",
                table: "complaints_filings");

            migrationBuilder.DropIndex(
                name: "IX_complaints_filings_OrgUnitId_Status_DueOn",
                table: "complaints_filings");

            migrationBuilder.CreateIndex(
                name: "IX_Filings_Closed",
                table: "complaints_filings",
                column: "ClosedOn",
                filter: "\"ClosedOn\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Filings_Due",
                table: "complaints_filings",
                columns: new[] { "DueOn", "Id" },
                filter: "\"DueOn\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Filings_Open",
                table: "complaints_filings",
                columns: new[] { "OrgUnitId", "OrgUnitName" },
                filter: "\"Status\" < 10");

            migrationBuilder.CreateIndex(
                name: "IX_Filings_Received",
                table: "complaints_filings",
                column: "ReceivedOn");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Filings_Closed",
                table: "complaints_filings");

            migrationBuilder.DropIndex(
                name: "IX_Filings_Due",
                table: "complaints_filings");

            migrationBuilder.DropIndex(
                name: "IX_Filings_Open",
                table: "complaints_filings");

            migrationBuilder.DropIndex(
                name: "IX_Filings_Received",
                table: "complaints_filings");

            migrationBuilder.CreateIndex(
                name: "IX_complaints_filings_DueOn",
                table: "complaints_filings",
                column: "DueOn");

            migrationBuilder.CreateIndex(
                name: "IX_complaints_filings_OrgUnitId_Status_DueOn",
                table: "complaints_filings",
                columns: new[] { "OrgUnitId", "Status", "DueOn" });
        }
    }
}
