using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhijian.Entities.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EntityLibraryIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_entities_market_entities_library",
                table: "entities_market_entities",
                columns: new[] { "Uscc", "Tags", "Status", "Type", "DivisionCode", "IndustryCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_entities_market_entities_library",
                table: "entities_market_entities");
        }
    }
}
