using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhijian.Complaints.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FilingCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "complaints_filing_counts",
                columns: table => new
                {
                    Dimension = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Period = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Batch = table.Column<long>(type: "INTEGER", nullable: false),
                    N = table.Column<int>(type: "INTEGER", nullable: false),
                    Responded = table.Column<int>(type: "INTEGER", nullable: false),
                    OnTime = table.Column<int>(type: "INTEGER", nullable: false),
                    Rated = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_complaints_filing_counts", x => new { x.Dimension, x.Period, x.DivisionCode, x.Kind, x.OrgUnitId, x.OrgUnitName, x.Key, x.Batch });
                });

            migrationBuilder.CreateIndex(
                name: "IX_FilingCounts_Appended",
                table: "complaints_filing_counts",
                column: "Batch",
                filter: "\"Batch\" <> 0");

            // The rollup starts empty: this row asks for it to be filled from the filings (FilingCounts.EnsureBuiltAsync: the
            // minute job, or the first read).
            migrationBuilder.InsertData(
                table: "complaints_filing_counts",
                columns: new[] { "Dimension", "Period", "DivisionCode", "Kind", "OrgUnitId", "OrgUnitName", "Key", "Batch", "N", "Responded", "OnTime", "Rated", "Score" },
                values: new object[] { "rebuild", new DateOnly(1, 1, 1), "", 0, 0, "", "", 0L, 0, 0, 0, 0, 0 });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "complaints_filing_counts");
        }
    }
}
