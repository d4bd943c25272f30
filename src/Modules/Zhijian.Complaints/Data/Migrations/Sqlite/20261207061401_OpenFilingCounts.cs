using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhijian.Complaints.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OpenFilingCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Filings_Unresponded",
                table: "complaints_filings",
                column: "FirstResponseDue",
                filter: "\"FirstRespondedAt\" IS NULL AND \"Status\" < 10");

            // The new open cells (and the wider key that holds a handler) are filled by a rebuild: the minute job or the first read does it.
            migrationBuilder.Sql("INSERT INTO \"complaints_filing_counts\" (\"Dimension\", \"Period\", \"DivisionCode\", \"Kind\", \"OrgUnitId\", \"OrgUnitName\", \"Key\", \"Batch\", \"N\", \"Responded\", \"OnTime\", \"Rated\", \"Score\") "
                + "VALUES ('rebuild', '0001-01-01', '', 0, 0, '', '', 0, 0, 0, 0, 0, 0) ON CONFLICT DO NOTHING");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Filings_Unresponded",
                table: "complaints_filings");
        }
    }
}
