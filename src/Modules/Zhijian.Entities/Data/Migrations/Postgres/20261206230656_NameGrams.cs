using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhijian.Entities.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class NameGrams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The gram index of one- and two-character name search (issue 26). The SQL lives beside the search that uses it
            // (Features/Search/NameGrams.cs) and is frozen with this migration: a change to it needs a new migration.
            migrationBuilder.Sql(Features.Search.NameGrams.PostgresCreate);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Features.Search.NameGrams.PostgresDrop);
        }
    }
}
