using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zhijian.FoodSafety.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FoodInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "food");

            migrationBuilder.CreateTable(
                name: "businesses",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Type = table.Column<int>(type: "integer", nullable: false),
                    Scale = table.Column<int>(type: "integer", nullable: false),
                    Canteen = table.Column<int>(type: "integer", nullable: false),
                    Premises = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: true),
                    TransparentKitchen = table.Column<bool>(type: "boolean", nullable: false),
                    TransparentKitchenMode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    TransparentKitchenSince = table.Column<DateOnly>(type: "date", nullable: true),
                    Grade = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: true),
                    GradeScore = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true),
                    GradedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_businesses", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_businesses_DivisionCode",
                schema: "food",
                table: "businesses",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_businesses_Type_Canteen",
                schema: "food",
                table: "businesses",
                columns: new[] { "Type", "Canteen" });

            migrationBuilder.CreateIndex(
                name: "IX_businesses_Uscc",
                schema: "food",
                table: "businesses",
                column: "Uscc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "businesses",
                schema: "food");
        }
    }
}
