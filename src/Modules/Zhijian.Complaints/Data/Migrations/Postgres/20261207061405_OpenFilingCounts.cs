using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhijian.Complaints.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OpenFilingCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Key",
                schema: "complaints",
                table: "filing_counts",
                type: "character varying(320)",
                maxLength: 320,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);

            migrationBuilder.CreateIndex(
                name: "IX_Filings_Unresponded",
                schema: "complaints",
                table: "filings",
                column: "FirstResponseDue",
                filter: "\"FirstRespondedAt\" IS NULL AND \"Status\" < 10")
                .Annotation("Npgsql:IndexInclude", new[] { "Status", "DivisionCode", "OrgUnitId", "OrgUnitName", "HandlerUserName", "HandlerName" });

            // The new open cells (and the wider key that holds a handler) are filled by a rebuild: the minute job or the first read does it.
            migrationBuilder.Sql("INSERT INTO complaints.filing_counts (\"Dimension\", \"Period\", \"DivisionCode\", \"Kind\", \"OrgUnitId\", \"OrgUnitName\", \"Key\", \"Batch\", \"N\", \"Responded\", \"OnTime\", \"Rated\", \"Score\") "
                + "VALUES ('rebuild', '0001-01-01', '', 0, 0, '', '', 0, 0, 0, 0, 0, 0) ON CONFLICT DO NOTHING");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Filings_Unresponded",
                schema: "complaints",
                table: "filings");

            migrationBuilder.AlterColumn<string>(
                name: "Key",
                schema: "complaints",
                table: "filing_counts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(320)",
                oldMaxLength: 320);
        }
    }
}
