using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhijian.Cases.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DocumentKindIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_cases_documents_Kind_CaseId",
                table: "cases_documents",
                columns: new[] { "Kind", "CaseId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_cases_documents_Kind_CaseId",
                table: "cases_documents");
        }
    }
}
