using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhijian.Metrology.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MetroHouseholdNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OwnerNameProtected",
                table: "metro_instruments",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            // Household names stored before this migration are masked as Masks.Name does (their full form is not kept: the
            // migration holds no key to encrypt it; the module's rows before it were demo and test data).
            migrationBuilder.Sql("""
                UPDATE metro_instruments SET "OwnerName" = CASE
                  WHEN length("OwnerName") <= 1 THEN '*'
                  WHEN length("OwnerName") >= 4 THEN substr("OwnerName", 1, 2) || substr('**************************************************', 1, length("OwnerName") - 2)
                  ELSE substr("OwnerName", 1, 1) || substr('**************************************************', 1, length("OwnerName") - 1) END
                WHERE "Household" = 1 AND "OwnerName" NOT LIKE '%*%'
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OwnerNameProtected",
                table: "metro_instruments");
        }
    }
}
