using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhijian.Complaints.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SqliteReceivedCovering : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Filings_Received",
                table: "complaints_filings");

            migrationBuilder.CreateIndex(
                name: "IX_Filings_Received",
                table: "complaints_filings",
                columns: new[] { "ReceivedOn", "DivisionCode", "Kind", "CategoryCode", "ProblemCode", "IndustryCode", "Uscc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Filings_Received",
                table: "complaints_filings");

            migrationBuilder.CreateIndex(
                name: "IX_Filings_Received",
                table: "complaints_filings",
                column: "ReceivedOn");
        }
    }
}
