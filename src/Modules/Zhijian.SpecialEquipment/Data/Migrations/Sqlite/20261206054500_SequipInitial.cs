using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhijian.SpecialEquipment.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SequipInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sequip_equipment",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    Variety = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    RegistrationNo = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    UserUscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    InternalNo = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    MakerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MakerLicenceNo = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Model = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    FactoryNo = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    MadeOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    InstallerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    MaintainerUscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    MaintainerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Parameters = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    FirstUseOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SupervisionMonth = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SafetyGrade = table.Column<int>(type: "INTEGER", nullable: true),
                    GasKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    StoppedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ScrappedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CancelledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Insurer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    InsuredUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LegacyCode = table.Column<bool>(type: "INTEGER", nullable: false),
                    RegistrationDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RegisteredLate = table.Column<bool>(type: "INTEGER", nullable: false),
                    NextInspectionOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StopReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    StopLongTerm = table.Column<bool>(type: "INTEGER", nullable: false),
                    StopReportedLate = table.Column<bool>(type: "INTEGER", nullable: false),
                    InspectionRequired = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sequip_equipment", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sequip_equipment_changes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EquipmentId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sequip_equipment_changes", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_sequip_equipment_Category_Status",
                table: "sequip_equipment",
                columns: new[] { "Category", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_sequip_equipment_Code",
                table: "sequip_equipment",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sequip_equipment_DivisionCode",
                table: "sequip_equipment",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_sequip_equipment_MaintainerUscc",
                table: "sequip_equipment",
                column: "MaintainerUscc");

            migrationBuilder.CreateIndex(
                name: "IX_sequip_equipment_RegistrationNo",
                table: "sequip_equipment",
                column: "RegistrationNo",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sequip_equipment_Status_RegistrationDueOn",
                table: "sequip_equipment",
                columns: new[] { "Status", "RegistrationDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_sequip_equipment_UserUscc",
                table: "sequip_equipment",
                column: "UserUscc");

            migrationBuilder.CreateIndex(
                name: "IX_sequip_equipment_changes_EquipmentId_At",
                table: "sequip_equipment_changes",
                columns: new[] { "EquipmentId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sequip_equipment");

            migrationBuilder.DropTable(
                name: "sequip_equipment_changes");
        }
    }
}
