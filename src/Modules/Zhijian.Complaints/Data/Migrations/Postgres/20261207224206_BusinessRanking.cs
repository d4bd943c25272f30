using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhijian.Complaints.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class BusinessRanking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_FilingCounts_Key",
                schema: "complaints",
                table: "filing_counts",
                columns: new[] { "Dimension", "Key", "Period" })
                .Annotation("Npgsql:IndexInclude", new[] { "DivisionCode", "Kind", "N" });

            migrationBuilder.CreateIndex(
                name: "IX_FilingCounts_Top",
                schema: "complaints",
                table: "filing_counts",
                columns: new[] { "Dimension", "Batch", "N" })
                .Annotation("Npgsql:IndexInclude", new[] { "Key" });

            // The all-time cells of the business ranking (business-all, target-all) are filled by a rebuild: the minute job or the first read does it.
            migrationBuilder.Sql("INSERT INTO complaints.filing_counts (\"Dimension\", \"Period\", \"DivisionCode\", \"Kind\", \"OrgUnitId\", \"OrgUnitName\", \"Key\", \"Batch\", \"N\", \"Responded\", \"OnTime\", \"Rated\", \"Score\") "
                + "VALUES ('rebuild', '0001-01-01', '', 0, 0, '', '', 0, 0, 0, 0, 0, 0) ON CONFLICT DO NOTHING");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FilingCounts_Key",
                schema: "complaints",
                table: "filing_counts");

            migrationBuilder.DropIndex(
                name: "IX_FilingCounts_Top",
                schema: "complaints",
                table: "filing_counts");
        }
    }
}
