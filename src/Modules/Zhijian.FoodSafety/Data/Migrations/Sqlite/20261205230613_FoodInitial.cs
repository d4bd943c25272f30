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
                    GradeModelVersion = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_businesses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_grades",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BusinessId = table.Column<long>(type: "INTEGER", nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    PreviousGrade = table.Column<string>(type: "TEXT", maxLength: 1, nullable: true),
                    Score = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    ModelVersion = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Factors = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    GradedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    GradedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_grades", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_risk_models",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Version = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Json = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_risk_models", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_licences",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BusinessId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    BusinessType = table.Column<int>(type: "INTEGER", nullable: false),
                    Items = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Premises = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Authority = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_licences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_food_licences_food_businesses_BusinessId",
                        column: x => x.BusinessId,
                        principalTable: "food_businesses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "food_licence_versions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LicenceId = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Change = table.Column<int>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Before = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    After = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_licence_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_food_licence_versions_food_licences_LicenceId",
                        column: x => x.LicenceId,
                        principalTable: "food_licences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_food_businesses_DivisionCode",
                table: "food_businesses",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_food_businesses_Grade",
                table: "food_businesses",
                column: "Grade");

            migrationBuilder.CreateIndex(
                name: "IX_food_businesses_Type_Canteen",
                table: "food_businesses",
                columns: new[] { "Type", "Canteen" });

            migrationBuilder.CreateIndex(
                name: "IX_food_businesses_Uscc",
                table: "food_businesses",
                column: "Uscc");

            migrationBuilder.CreateIndex(
                name: "IX_food_grades_BusinessId_GradedAt",
                table: "food_grades",
                columns: new[] { "BusinessId", "GradedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_food_licence_versions_LicenceId_Version",
                table: "food_licence_versions",
                columns: new[] { "LicenceId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_food_licences_BusinessId",
                table: "food_licences",
                column: "BusinessId");

            migrationBuilder.CreateIndex(
                name: "IX_food_licences_DivisionCode",
                table: "food_licences",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_food_licences_Number",
                table: "food_licences",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_food_licences_Status_ValidUntil",
                table: "food_licences",
                columns: new[] { "Status", "ValidUntil" });

            migrationBuilder.CreateIndex(
                name: "IX_food_risk_models_Version",
                table: "food_risk_models",
                column: "Version",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "food_grades");

            migrationBuilder.DropTable(
                name: "food_licence_versions");

            migrationBuilder.DropTable(
                name: "food_risk_models");

            migrationBuilder.DropTable(
                name: "food_licences");

            migrationBuilder.DropTable(
                name: "food_businesses");
        }
    }
}
