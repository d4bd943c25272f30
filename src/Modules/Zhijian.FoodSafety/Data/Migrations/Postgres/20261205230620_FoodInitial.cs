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
                    GradeModelVersion = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_businesses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "grades",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BusinessId = table.Column<long>(type: "bigint", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Grade = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    PreviousGrade = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: true),
                    Score = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    ModelVersion = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Factors = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    GradedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    GradedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_grades", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "risk_models",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Version = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Json = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_risk_models", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "licences",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BusinessId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    BusinessType = table.Column<int>(type: "integer", nullable: false),
                    Items = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Premises = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Authority = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_licences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_licences_businesses_BusinessId",
                        column: x => x.BusinessId,
                        principalSchema: "food",
                        principalTable: "businesses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "licence_versions",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LicenceId = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Change = table.Column<int>(type: "integer", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Before = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    After = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_licence_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_licence_versions_licences_LicenceId",
                        column: x => x.LicenceId,
                        principalSchema: "food",
                        principalTable: "licences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_businesses_DivisionCode",
                schema: "food",
                table: "businesses",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_businesses_Grade",
                schema: "food",
                table: "businesses",
                column: "Grade");

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

            migrationBuilder.CreateIndex(
                name: "IX_grades_BusinessId_GradedAt",
                schema: "food",
                table: "grades",
                columns: new[] { "BusinessId", "GradedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_licence_versions_LicenceId_Version",
                schema: "food",
                table: "licence_versions",
                columns: new[] { "LicenceId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_licences_BusinessId",
                schema: "food",
                table: "licences",
                column: "BusinessId");

            migrationBuilder.CreateIndex(
                name: "IX_licences_DivisionCode",
                schema: "food",
                table: "licences",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_licences_Number",
                schema: "food",
                table: "licences",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_licences_Status_ValidUntil",
                schema: "food",
                table: "licences",
                columns: new[] { "Status", "ValidUntil" });

            migrationBuilder.CreateIndex(
                name: "IX_risk_models_Version",
                schema: "food",
                table: "risk_models",
                column: "Version",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "grades",
                schema: "food");

            migrationBuilder.DropTable(
                name: "licence_versions",
                schema: "food");

            migrationBuilder.DropTable(
                name: "risk_models",
                schema: "food");

            migrationBuilder.DropTable(
                name: "licences",
                schema: "food");

            migrationBuilder.DropTable(
                name: "businesses",
                schema: "food");
        }
    }
}
