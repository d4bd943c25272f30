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

            migrationBuilder.CreateTable(
                name: "food_checklists",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_checklists", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_inspection_plan_lines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<long>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    BusinessId = table.Column<long>(type: "INTEGER", nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 1, nullable: true),
                    Planned = table.Column<int>(type: "INTEGER", nullable: false),
                    Minimum = table.Column<int>(type: "INTEGER", nullable: false),
                    FullDue = table.Column<bool>(type: "INTEGER", nullable: false),
                    Q1 = table.Column<int>(type: "INTEGER", nullable: false),
                    Q2 = table.Column<int>(type: "INTEGER", nullable: false),
                    Q3 = table.Column<int>(type: "INTEGER", nullable: false),
                    Q4 = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_inspection_plan_lines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_inspection_plans",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Businesses = table.Column<int>(type: "INTEGER", nullable: false),
                    Planned = table.Column<int>(type: "INTEGER", nullable: false),
                    GeneratedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    GeneratedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_inspection_plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_inspections",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BusinessId = table.Column<long>(type: "INTEGER", nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    BusinessName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BusinessType = table.Column<int>(type: "INTEGER", nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    OrgUnitName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    InspectedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Full = table.Column<bool>(type: "INTEGER", nullable: false),
                    Inspectors = table.Column<string>(type: "TEXT", nullable: false),
                    InspectorNames = table.Column<string>(type: "TEXT", nullable: false),
                    ChecklistId = table.Column<long>(type: "INTEGER", nullable: false),
                    ChecklistVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Result = table.Column<int>(type: "INTEGER", nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RectifyBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReinspectionOfId = table.Column<long>(type: "INTEGER", nullable: true),
                    ReinspectedById = table.Column<long>(type: "INTEGER", nullable: true),
                    PublishBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_inspections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_sampling_plans",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Population = table.Column<long>(type: "INTEGER", nullable: false),
                    PopulationSource = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PerThousand = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    Batches = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_sampling_plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_checklist_items",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChecklistId = table.Column<long>(type: "INTEGER", nullable: false),
                    Seq = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Section = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Key = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_checklist_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_food_checklist_items_food_checklists_ChecklistId",
                        column: x => x.ChecklistId,
                        principalTable: "food_checklists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "food_inspection_answers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InspectionId = table.Column<long>(type: "INTEGER", nullable: false),
                    Seq = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Key = table.Column<bool>(type: "INTEGER", nullable: false),
                    Answer = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_inspection_answers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_food_inspection_answers_food_inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "food_inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "food_sampling_plan_lines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<long>(type: "INTEGER", nullable: false),
                    CategoryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Batches = table.Column<int>(type: "INTEGER", nullable: false),
                    Q1 = table.Column<int>(type: "INTEGER", nullable: false),
                    Q2 = table.Column<int>(type: "INTEGER", nullable: false),
                    Q3 = table.Column<int>(type: "INTEGER", nullable: false),
                    Q4 = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_sampling_plan_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_food_sampling_plan_lines_food_sampling_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "food_sampling_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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

            migrationBuilder.CreateIndex(
                name: "IX_food_checklist_items_ChecklistId_Seq",
                table: "food_checklist_items",
                columns: new[] { "ChecklistId", "Seq" });

            migrationBuilder.CreateIndex(
                name: "IX_food_checklists_Kind_Version",
                table: "food_checklists",
                columns: new[] { "Kind", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_food_inspection_answers_InspectionId",
                table: "food_inspection_answers",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_food_inspection_plan_lines_PlanId",
                table: "food_inspection_plan_lines",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_food_inspection_plan_lines_Year_BusinessId",
                table: "food_inspection_plan_lines",
                columns: new[] { "Year", "BusinessId" });

            migrationBuilder.CreateIndex(
                name: "IX_food_inspection_plans_OrgUnitId_Year",
                table: "food_inspection_plans",
                columns: new[] { "OrgUnitId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_food_inspections_BusinessId_InspectedOn",
                table: "food_inspections",
                columns: new[] { "BusinessId", "InspectedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_food_inspections_DivisionCode_InspectedOn",
                table: "food_inspections",
                columns: new[] { "DivisionCode", "InspectedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_food_inspections_PublishedOn_PublishBy",
                table: "food_inspections",
                columns: new[] { "PublishedOn", "PublishBy" });

            migrationBuilder.CreateIndex(
                name: "IX_food_inspections_Uscc",
                table: "food_inspections",
                column: "Uscc");

            migrationBuilder.CreateIndex(
                name: "IX_food_sampling_plan_lines_PlanId",
                table: "food_sampling_plan_lines",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_food_sampling_plans_OrgUnitId_Year",
                table: "food_sampling_plans",
                columns: new[] { "OrgUnitId", "Year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "food_businesses");

            migrationBuilder.DropTable(
                name: "food_checklist_items");

            migrationBuilder.DropTable(
                name: "food_inspection_answers");

            migrationBuilder.DropTable(
                name: "food_inspection_plan_lines");

            migrationBuilder.DropTable(
                name: "food_inspection_plans");

            migrationBuilder.DropTable(
                name: "food_sampling_plan_lines");

            migrationBuilder.DropTable(
                name: "food_checklists");

            migrationBuilder.DropTable(
                name: "food_inspections");

            migrationBuilder.DropTable(
                name: "food_sampling_plans");
        }
    }
}
