using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhijian.Metrology.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MetroHouseholdNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OwnerNameProtected",
                schema: "metro",
                table: "instruments",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            // Household names stored before this migration are masked as Masks.Name does (their full form is not kept: the
            // migration holds no key to encrypt it; the module's rows before it were demo and test data).
            migrationBuilder.Sql("""
                UPDATE metro.instruments SET "OwnerName" = CASE
                  WHEN char_length("OwnerName") <= 1 THEN '*'
                  WHEN char_length("OwnerName") >= 4 THEN left("OwnerName", 2) || repeat('*', char_length("OwnerName") - 2)
                  ELSE left("OwnerName", 1) || repeat('*', char_length("OwnerName") - 1) END
                WHERE "Household" AND "OwnerName" NOT LIKE '%*%'
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OwnerNameProtected",
                schema: "metro",
                table: "instruments");
        }
    }
}
