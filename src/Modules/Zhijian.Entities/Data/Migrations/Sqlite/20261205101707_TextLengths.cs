using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhijian.Entities.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TextLengths : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
