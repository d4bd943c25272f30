using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhijian.Complaints.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FilingCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Filings_Received",
                schema: "complaints",
                table: "filings");

            migrationBuilder.CreateTable(
                name: "filing_counts",
                schema: "complaints",
                columns: table => new
                {
                    Dimension = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Period = table.Column<DateOnly>(type: "date", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Batch = table.Column<long>(type: "bigint", nullable: false),
                    N = table.Column<int>(type: "integer", nullable: false),
                    Responded = table.Column<int>(type: "integer", nullable: false),
                    OnTime = table.Column<int>(type: "integer", nullable: false),
                    Rated = table.Column<int>(type: "integer", nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_filing_counts", x => new { x.Dimension, x.Period, x.DivisionCode, x.Kind, x.OrgUnitId, x.OrgUnitName, x.Key, x.Batch });
                });

            migrationBuilder.CreateIndex(
                name: "IX_Filings_Received",
                schema: "complaints",
                table: "filings",
                column: "ReceivedOn")
                .Annotation("Npgsql:IndexInclude", new[] { "DivisionCode", "Kind", "FirstRespondedAt", "FirstResponseDue", "CategoryCode", "ProblemCode", "IndustryCode", "Uscc" });

            migrationBuilder.CreateIndex(
                name: "IX_FilingCounts_Appended",
                schema: "complaints",
                table: "filing_counts",
                column: "Batch",
                filter: "\"Batch\" <> 0");

            // The rollup starts empty: this row asks for it to be filled from the filings (FilingCounts.EnsureBuiltAsync: the
            // minute job, or the first read).
            migrationBuilder.InsertData(
                table: "filing_counts",
                columns: new[] { "Dimension", "Period", "DivisionCode", "Kind", "OrgUnitId", "OrgUnitName", "Key", "Batch", "N", "Responded", "OnTime", "Rated", "Score" },
                values: new object[] { "rebuild", new DateOnly(1, 1, 1), "", 0, 0, "", "", 0L, 0, 0, 0, 0, 0 },
                schema: "complaints");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "filing_counts",
                schema: "complaints");

            migrationBuilder.DropIndex(
                name: "IX_Filings_Received",
                schema: "complaints",
                table: "filings");

            migrationBuilder.CreateIndex(
                name: "IX_Filings_Received",
                schema: "complaints",
                table: "filings",
                column: "ReceivedOn")
                .Annotation("Npgsql:IndexInclude", new[] { "OrgUnitId", "OrgUnitName", "DivisionCode", "FirstRespondedAt", "FirstResponseDue" });
        }
    }
}
