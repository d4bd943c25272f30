using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhijian.FoodSafety.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FoodInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "food_businesses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    Scale = table.Column<int>(type: "INTEGER", nullable: false),
                    Canteen = table.Column<int>(type: "INTEGER", nullable: false),
                    Premises = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    TransparentKitchen = table.Column<bool>(type: "INTEGER", nullable: false),
                    TransparentKitchenMode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    TransparentKitchenSince = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 1, nullable: true),
                    GradeScore = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: true),
                    GradedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_businesses", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_food_businesses_DivisionCode",
                table: "food_businesses",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_food_businesses_Type_Canteen",
                table: "food_businesses",
                columns: new[] { "Type", "Canteen" });

            migrationBuilder.CreateIndex(
                name: "IX_food_businesses_Uscc",
                table: "food_businesses",
                column: "Uscc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "food_businesses");
        }
    }
}
