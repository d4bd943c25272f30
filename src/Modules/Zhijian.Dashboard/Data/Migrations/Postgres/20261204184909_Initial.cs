using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zhijian.Dashboard.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "dashboard");

            migrationBuilder.CreateTable(
                name: "manual_values",
                schema: "dashboard",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanIndicatorId = table.Column<int>(type: "integer", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Period = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    EvidenceName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EvidenceType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Evidence = table.Column<byte[]>(type: "bytea", nullable: true),
                    EvidenceSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    EnteredBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    EnteredByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OrgUnitName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EnteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    DecidedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RejectReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_manual_values", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "plan_attachments",
                schema: "dashboard",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    AttachedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    AttachedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_attachments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "plans",
                schema: "dashboard",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Locality = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    StartYear = table.Column<int>(type: "integer", nullable: false),
                    EndYear = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Builtin = table.Column<bool>(type: "boolean", nullable: false),
                    OwnerDivision = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "populations",
                schema: "dashboard",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Residents = table.Column<long>(type: "bigint", nullable: false),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_populations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "snapshots",
                schema: "dashboard",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanIndicatorId = table.Column<int>(type: "integer", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Period = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    Value = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: true),
                    Source = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Inputs = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Formula = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ComputedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_snapshots", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "plan_indicators",
                schema: "dashboard",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Category = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Unit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Comparator = table.Column<int>(type: "integer", nullable: false),
                    Direction = table.Column<int>(type: "integer", nullable: false),
                    BaseYear = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    BaseValue = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    BaseText = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    TargetYear = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    TargetValue = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    TargetText = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Constraint = table.Column<int>(type: "integer", nullable: false),
                    Accumulation = table.Column<int>(type: "integer", nullable: false),
                    Formula = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    WarningMargin = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Quote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Section = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DataNeeded = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_indicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plan_indicators_plans_PlanId",
                        column: x => x.PlanId,
                        principalSchema: "dashboard",
                        principalTable: "plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_manual_values_PlanIndicatorId_DivisionCode_Period",
                schema: "dashboard",
                table: "manual_values",
                columns: new[] { "PlanIndicatorId", "DivisionCode", "Period" });

            migrationBuilder.CreateIndex(
                name: "IX_manual_values_Status",
                schema: "dashboard",
                table: "manual_values",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_plan_attachments_PlanId_DivisionCode",
                schema: "dashboard",
                table: "plan_attachments",
                columns: new[] { "PlanId", "DivisionCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plan_indicators_PlanId_Code",
                schema: "dashboard",
                table: "plan_indicators",
                columns: new[] { "PlanId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plans_Code",
                schema: "dashboard",
                table: "plans",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_populations_DivisionCode_Year",
                schema: "dashboard",
                table: "populations",
                columns: new[] { "DivisionCode", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_snapshots_DivisionCode_Period",
                schema: "dashboard",
                table: "snapshots",
                columns: new[] { "DivisionCode", "Period" });

            migrationBuilder.CreateIndex(
                name: "IX_snapshots_PlanIndicatorId_DivisionCode_Period",
                schema: "dashboard",
                table: "snapshots",
                columns: new[] { "PlanIndicatorId", "DivisionCode", "Period" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "manual_values",
                schema: "dashboard");

            migrationBuilder.DropTable(
                name: "plan_attachments",
                schema: "dashboard");

            migrationBuilder.DropTable(
                name: "plan_indicators",
                schema: "dashboard");

            migrationBuilder.DropTable(
                name: "populations",
                schema: "dashboard");

            migrationBuilder.DropTable(
                name: "snapshots",
                schema: "dashboard");

            migrationBuilder.DropTable(
                name: "plans",
                schema: "dashboard");
        }
    }
}
