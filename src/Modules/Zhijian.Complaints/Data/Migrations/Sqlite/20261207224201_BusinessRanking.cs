using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhijian.Complaints.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BusinessRanking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_FilingCounts_Key",
                table: "complaints_filing_counts",
                columns: new[] { "Dimension", "Key", "Period", "DivisionCode", "Kind", "N" });

            migrationBuilder.CreateIndex(
                name: "IX_FilingCounts_Top",
                table: "complaints_filing_counts",
                columns: new[] { "Dimension", "Batch", "N", "Key" });

            // The all-time cells of the business ranking (business-all, target-all) are filled by a rebuild: the minute job or the first read does it.
            migrationBuilder.Sql("INSERT INTO complaints_filing_counts (\"Dimension\", \"Period\", \"DivisionCode\", \"Kind\", \"OrgUnitId\", \"OrgUnitName\", \"Key\", \"Batch\", \"N\", \"Responded\", \"OnTime\", \"Rated\", \"Score\") "
                + "VALUES ('rebuild', '0001-01-01', '', 0, 0, '', '', 0, 0, 0, 0, 0, 0) ON CONFLICT DO NOTHING");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FilingCounts_Key",
                table: "complaints_filing_counts");

            migrationBuilder.DropIndex(
                name: "IX_FilingCounts_Top",
                table: "complaints_filing_counts");
        }
    }
}
