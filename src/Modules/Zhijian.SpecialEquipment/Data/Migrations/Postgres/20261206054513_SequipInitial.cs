using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zhijian.SpecialEquipment.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SequipInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "sequip");

            migrationBuilder.CreateTable(
                name: "equipment",
                schema: "sequip",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Category = table.Column<int>(type: "integer", nullable: false),
                    Variety = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    RegistrationNo = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    RegisteredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    UserUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    UserName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Place = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    InternalNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    MakerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    MakerLicenceNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Model = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    FactoryNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    MadeOn = table.Column<DateOnly>(type: "date", nullable: true),
                    InstallerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    MaintainerUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    MaintainerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Parameters = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    FirstUseOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SupervisionMonth = table.Column<DateOnly>(type: "date", nullable: true),
                    SafetyGrade = table.Column<int>(type: "integer", nullable: true),
                    GasKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    StoppedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ScrappedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CancelledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Insurer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    InsuredUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    LegacyCode = table.Column<bool>(type: "boolean", nullable: false),
                    RegistrationDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RegisteredLate = table.Column<bool>(type: "boolean", nullable: false),
                    NextInspectionOn = table.Column<DateOnly>(type: "date", nullable: true),
                    StopReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    StopLongTerm = table.Column<bool>(type: "boolean", nullable: false),
                    StopReportedLate = table.Column<bool>(type: "boolean", nullable: false),
                    InspectionRequired = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_equipment", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "equipment_changes",
                schema: "sequip",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EquipmentId = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_equipment_changes", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_equipment_Category_Status",
                schema: "sequip",
                table: "equipment",
                columns: new[] { "Category", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_equipment_Code",
                schema: "sequip",
                table: "equipment",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_equipment_DivisionCode",
                schema: "sequip",
                table: "equipment",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_equipment_MaintainerUscc",
                schema: "sequip",
                table: "equipment",
                column: "MaintainerUscc");

            migrationBuilder.CreateIndex(
                name: "IX_equipment_RegistrationNo",
                schema: "sequip",
                table: "equipment",
                column: "RegistrationNo",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_equipment_Status_RegistrationDueOn",
                schema: "sequip",
                table: "equipment",
                columns: new[] { "Status", "RegistrationDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_equipment_UserUscc",
                schema: "sequip",
                table: "equipment",
                column: "UserUscc");

            migrationBuilder.CreateIndex(
                name: "IX_equipment_changes_EquipmentId_At",
                schema: "sequip",
                table: "equipment_changes",
                columns: new[] { "EquipmentId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "equipment",
                schema: "sequip");

            migrationBuilder.DropTable(
                name: "equipment_changes",
                schema: "sequip");
        }
    }
}
