using System;
using System.Collections.Generic;
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

            migrationBuilder.CreateTable(
                name: "checklists",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_checklists", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inspection_plan_lines",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<long>(type: "bigint", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    BusinessId = table.Column<long>(type: "bigint", nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Grade = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: true),
                    Planned = table.Column<int>(type: "integer", nullable: false),
                    Minimum = table.Column<int>(type: "integer", nullable: false),
                    FullDue = table.Column<bool>(type: "boolean", nullable: false),
                    Q1 = table.Column<int>(type: "integer", nullable: false),
                    Q2 = table.Column<int>(type: "integer", nullable: false),
                    Q3 = table.Column<int>(type: "integer", nullable: false),
                    Q4 = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspection_plan_lines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inspection_plans",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Businesses = table.Column<int>(type: "integer", nullable: false),
                    Planned = table.Column<int>(type: "integer", nullable: false),
                    GeneratedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    GeneratedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspection_plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inspections",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BusinessId = table.Column<long>(type: "bigint", nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    BusinessName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BusinessType = table.Column<int>(type: "integer", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: true),
                    OrgUnitName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    InspectedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Full = table.Column<bool>(type: "boolean", nullable: false),
                    Inspectors = table.Column<List<string>>(type: "text[]", nullable: false),
                    InspectorNames = table.Column<List<string>>(type: "text[]", nullable: false),
                    ChecklistId = table.Column<long>(type: "bigint", nullable: false),
                    ChecklistVersion = table.Column<int>(type: "integer", nullable: false),
                    Result = table.Column<int>(type: "integer", nullable: false),
                    Evidence = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    RectifyBy = table.Column<DateOnly>(type: "date", nullable: true),
                    ReinspectionOfId = table.Column<long>(type: "bigint", nullable: true),
                    ReinspectedById = table.Column<long>(type: "bigint", nullable: true),
                    PublishBy = table.Column<DateOnly>(type: "date", nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sampling_plans",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Population = table.Column<long>(type: "bigint", nullable: false),
                    PopulationSource = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PerThousand = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    Batches = table.Column<int>(type: "integer", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sampling_plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "checklist_items",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChecklistId = table.Column<long>(type: "bigint", nullable: false),
                    Seq = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Section = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Text = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Key = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_checklist_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_checklist_items_checklists_ChecklistId",
                        column: x => x.ChecklistId,
                        principalSchema: "food",
                        principalTable: "checklists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "inspection_answers",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InspectionId = table.Column<long>(type: "bigint", nullable: false),
                    Seq = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Text = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Key = table.Column<bool>(type: "boolean", nullable: false),
                    Answer = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspection_answers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inspection_answers_inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalSchema: "food",
                        principalTable: "inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sampling_plan_lines",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<long>(type: "bigint", nullable: false),
                    CategoryCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Batches = table.Column<int>(type: "integer", nullable: false),
                    Q1 = table.Column<int>(type: "integer", nullable: false),
                    Q2 = table.Column<int>(type: "integer", nullable: false),
                    Q3 = table.Column<int>(type: "integer", nullable: false),
                    Q4 = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sampling_plan_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_sampling_plan_lines_sampling_plans_PlanId",
                        column: x => x.PlanId,
                        principalSchema: "food",
                        principalTable: "sampling_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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

            migrationBuilder.CreateIndex(
                name: "IX_checklist_items_ChecklistId_Seq",
                schema: "food",
                table: "checklist_items",
                columns: new[] { "ChecklistId", "Seq" });

            migrationBuilder.CreateIndex(
                name: "IX_checklists_Kind_Version",
                schema: "food",
                table: "checklists",
                columns: new[] { "Kind", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inspection_answers_InspectionId",
                schema: "food",
                table: "inspection_answers",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_inspection_plan_lines_PlanId",
                schema: "food",
                table: "inspection_plan_lines",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_inspection_plan_lines_Year_BusinessId",
                schema: "food",
                table: "inspection_plan_lines",
                columns: new[] { "Year", "BusinessId" });

            migrationBuilder.CreateIndex(
                name: "IX_inspection_plans_OrgUnitId_Year",
                schema: "food",
                table: "inspection_plans",
                columns: new[] { "OrgUnitId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inspections_BusinessId_InspectedOn",
                schema: "food",
                table: "inspections",
                columns: new[] { "BusinessId", "InspectedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_inspections_DivisionCode_InspectedOn",
                schema: "food",
                table: "inspections",
                columns: new[] { "DivisionCode", "InspectedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_inspections_PublishedOn_PublishBy",
                schema: "food",
                table: "inspections",
                columns: new[] { "PublishedOn", "PublishBy" });

            migrationBuilder.CreateIndex(
                name: "IX_inspections_Uscc",
                schema: "food",
                table: "inspections",
                column: "Uscc");

            migrationBuilder.CreateIndex(
                name: "IX_sampling_plan_lines_PlanId",
                schema: "food",
                table: "sampling_plan_lines",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_sampling_plans_OrgUnitId_Year",
                schema: "food",
                table: "sampling_plans",
                columns: new[] { "OrgUnitId", "Year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "businesses",
                schema: "food");

            migrationBuilder.DropTable(
                name: "checklist_items",
                schema: "food");

            migrationBuilder.DropTable(
                name: "inspection_answers",
                schema: "food");

            migrationBuilder.DropTable(
                name: "inspection_plan_lines",
                schema: "food");

            migrationBuilder.DropTable(
                name: "inspection_plans",
                schema: "food");

            migrationBuilder.DropTable(
                name: "sampling_plan_lines",
                schema: "food");

            migrationBuilder.DropTable(
                name: "checklists",
                schema: "food");

            migrationBuilder.DropTable(
                name: "inspections",
                schema: "food");

            migrationBuilder.DropTable(
                name: "sampling_plans",
                schema: "food");
        }
    }
}
