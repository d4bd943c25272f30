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
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sequip_equipment", x => x.Id);
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
                name: "IX_sequip_equipment_UserUscc",
                table: "sequip_equipment",
                column: "UserUscc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sequip_equipment");
        }
    }
}
