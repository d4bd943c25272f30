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

            migrationBuilder.CreateTable(
                name: "sequip_maintenance_companies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    LicenceNo = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Categories = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LicenceValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Hotline = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sequip_maintenance_companies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sequip_maintenance_records",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EquipmentId = table.Column<long>(type: "INTEGER", nullable: false),
                    EquipmentCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ContractId = table.Column<long>(type: "INTEGER", nullable: false),
                    MaintainerUscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    MaintainerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Staff = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SignedByUser = table.Column<bool>(type: "INTEGER", nullable: false),
                    PreviousOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IntervalDays = table.Column<int>(type: "INTEGER", nullable: false),
                    CyclesDue = table.Column<int>(type: "INTEGER", nullable: false),
                    OnTime = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sequip_maintenance_records", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sequip_rescue_calls",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CallNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EquipmentId = table.Column<long>(type: "INTEGER", nullable: false),
                    EquipmentCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CallerPhone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Trapped = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    MaintainerUscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    MaintainerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DispatchedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ArrivedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReleasedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Cause = table.Column<int>(type: "INTEGER", nullable: true),
                    CauseNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SlaMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Urban = table.Column<bool>(type: "INTEGER", nullable: false),
                    ArrivalMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    SlaMet = table.Column<bool>(type: "INTEGER", nullable: true),
                    EntrapmentMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    LongEntrapment = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sequip_rescue_calls", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sequip_rescue_zones",
                columns: table => new
                {
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Urban = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sequip_rescue_zones", x => x.DivisionCode);
                });

            migrationBuilder.CreateTable(
                name: "sequip_self_checks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EquipmentId = table.Column<long>(type: "INTEGER", nullable: false),
                    EquipmentCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CheckedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sequip_self_checks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sequip_maintenance_contracts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EquipmentId = table.Column<long>(type: "INTEGER", nullable: false),
                    EquipmentCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    MaintainerUscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    MaintainerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OnDemand = table.Column<bool>(type: "INTEGER", nullable: false),
                    OnDemandDays = table.Column<int>(type: "INTEGER", nullable: true),
                    OnDemandDocNo = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LastMaintainedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    QuarterDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HalfYearDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    YearDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sequip_maintenance_contracts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_sequip_maintenance_contracts_sequip_equipment_EquipmentId",
                        column: x => x.EquipmentId,
                        principalTable: "sequip_equipment",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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

            migrationBuilder.CreateIndex(
                name: "IX_sequip_maintenance_companies_Uscc",
                table: "sequip_maintenance_companies",
                column: "Uscc",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sequip_maintenance_contracts_DivisionCode",
                table: "sequip_maintenance_contracts",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_sequip_maintenance_contracts_EndedOn_DueOn",
                table: "sequip_maintenance_contracts",
                columns: new[] { "EndedOn", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_sequip_maintenance_contracts_EndedOn_To",
                table: "sequip_maintenance_contracts",
                columns: new[] { "EndedOn", "To" });

            migrationBuilder.CreateIndex(
                name: "IX_sequip_maintenance_contracts_EquipmentId_EndedOn",
                table: "sequip_maintenance_contracts",
                columns: new[] { "EquipmentId", "EndedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_sequip_maintenance_contracts_MaintainerUscc",
                table: "sequip_maintenance_contracts",
                column: "MaintainerUscc");

            migrationBuilder.CreateIndex(
                name: "IX_sequip_maintenance_records_EquipmentId_On",
                table: "sequip_maintenance_records",
                columns: new[] { "EquipmentId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_sequip_maintenance_records_MaintainerUscc",
                table: "sequip_maintenance_records",
                column: "MaintainerUscc");

            migrationBuilder.CreateIndex(
                name: "IX_sequip_maintenance_records_On_DivisionCode",
                table: "sequip_maintenance_records",
                columns: new[] { "On", "DivisionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_sequip_rescue_calls_CallNumber",
                table: "sequip_rescue_calls",
                column: "CallNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sequip_rescue_calls_EquipmentId_ReceivedOn",
                table: "sequip_rescue_calls",
                columns: new[] { "EquipmentId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_sequip_rescue_calls_MaintainerUscc",
                table: "sequip_rescue_calls",
                column: "MaintainerUscc");

            migrationBuilder.CreateIndex(
                name: "IX_sequip_rescue_calls_ReceivedOn_DivisionCode",
                table: "sequip_rescue_calls",
                columns: new[] { "ReceivedOn", "DivisionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_sequip_rescue_calls_Status",
                table: "sequip_rescue_calls",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_sequip_self_checks_EquipmentId_On",
                table: "sequip_self_checks",
                columns: new[] { "EquipmentId", "On" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sequip_maintenance_companies");

            migrationBuilder.DropTable(
                name: "sequip_maintenance_contracts");

            migrationBuilder.DropTable(
                name: "sequip_maintenance_records");

            migrationBuilder.DropTable(
                name: "sequip_rescue_calls");

            migrationBuilder.DropTable(
                name: "sequip_rescue_zones");

            migrationBuilder.DropTable(
                name: "sequip_self_checks");

            migrationBuilder.DropTable(
                name: "sequip_equipment");
        }
    }
}
