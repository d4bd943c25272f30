using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhijian.Cases.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DocumentKindIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_documents_Kind_CaseId",
                schema: "cases",
                table: "documents",
                columns: new[] { "Kind", "CaseId" })
                .Annotation("Npgsql:IndexInclude", new[] { "DivisionCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_documents_Kind_CaseId",
                schema: "cases",
                table: "documents");
        }
    }
}
