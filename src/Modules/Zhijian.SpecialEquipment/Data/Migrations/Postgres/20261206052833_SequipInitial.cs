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
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_equipment", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "maintenance_companies",
                schema: "sequip",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    LicenceNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Categories = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    LicenceValidUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    Hotline = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_maintenance_companies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "maintenance_records",
                schema: "sequip",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EquipmentId = table.Column<long>(type: "bigint", nullable: false),
                    EquipmentCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    ContractId = table.Column<long>(type: "bigint", nullable: false),
                    MaintainerUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    MaintainerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    Staff = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Findings = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SignedByUser = table.Column<bool>(type: "boolean", nullable: false),
                    PreviousOn = table.Column<DateOnly>(type: "date", nullable: true),
                    IntervalDays = table.Column<int>(type: "integer", nullable: false),
                    CyclesDue = table.Column<int>(type: "integer", nullable: false),
                    OnTime = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_maintenance_records", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "rescue_calls",
                schema: "sequip",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CallNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EquipmentId = table.Column<long>(type: "bigint", nullable: false),
                    EquipmentCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    UserName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CallerPhone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Trapped = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    MaintainerUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    MaintainerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DispatchedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ArrivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReleasedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Cause = table.Column<int>(type: "integer", nullable: true),
                    CauseNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SlaMinutes = table.Column<int>(type: "integer", nullable: false),
                    Urban = table.Column<bool>(type: "boolean", nullable: false),
                    ArrivalMinutes = table.Column<int>(type: "integer", nullable: true),
                    SlaMet = table.Column<bool>(type: "boolean", nullable: true),
                    EntrapmentMinutes = table.Column<int>(type: "integer", nullable: true),
                    LongEntrapment = table.Column<bool>(type: "boolean", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rescue_calls", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "rescue_zones",
                schema: "sequip",
                columns: table => new
                {
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Urban = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rescue_zones", x => x.DivisionCode);
                });

            migrationBuilder.CreateTable(
                name: "self_checks",
                schema: "sequip",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EquipmentId = table.Column<long>(type: "bigint", nullable: false),
                    EquipmentCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    CheckedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Findings = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_self_checks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "maintenance_contracts",
                schema: "sequip",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EquipmentId = table.Column<long>(type: "bigint", nullable: false),
                    EquipmentCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    MaintainerUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    MaintainerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OnDemand = table.Column<bool>(type: "boolean", nullable: false),
                    OnDemandDays = table.Column<int>(type: "integer", nullable: true),
                    OnDemandDocNo = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    LastMaintainedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    QuarterDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    HalfYearDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    YearDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_maintenance_contracts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_maintenance_contracts_equipment_EquipmentId",
                        column: x => x.EquipmentId,
                        principalSchema: "sequip",
                        principalTable: "equipment",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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
                name: "IX_equipment_UserUscc",
                schema: "sequip",
                table: "equipment",
                column: "UserUscc");

            migrationBuilder.CreateIndex(
                name: "IX_maintenance_companies_Uscc",
                schema: "sequip",
                table: "maintenance_companies",
                column: "Uscc",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_maintenance_contracts_DivisionCode",
                schema: "sequip",
                table: "maintenance_contracts",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_maintenance_contracts_EndedOn_DueOn",
                schema: "sequip",
                table: "maintenance_contracts",
                columns: new[] { "EndedOn", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_maintenance_contracts_EndedOn_To",
                schema: "sequip",
                table: "maintenance_contracts",
                columns: new[] { "EndedOn", "To" });

            migrationBuilder.CreateIndex(
                name: "IX_maintenance_contracts_EquipmentId_EndedOn",
                schema: "sequip",
                table: "maintenance_contracts",
                columns: new[] { "EquipmentId", "EndedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_maintenance_contracts_MaintainerUscc",
                schema: "sequip",
                table: "maintenance_contracts",
                column: "MaintainerUscc");

            migrationBuilder.CreateIndex(
                name: "IX_maintenance_records_EquipmentId_On",
                schema: "sequip",
                table: "maintenance_records",
                columns: new[] { "EquipmentId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_maintenance_records_MaintainerUscc",
                schema: "sequip",
                table: "maintenance_records",
                column: "MaintainerUscc");

            migrationBuilder.CreateIndex(
                name: "IX_maintenance_records_On_DivisionCode",
                schema: "sequip",
                table: "maintenance_records",
                columns: new[] { "On", "DivisionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_rescue_calls_CallNumber",
                schema: "sequip",
                table: "rescue_calls",
                column: "CallNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rescue_calls_EquipmentId_ReceivedOn",
                schema: "sequip",
                table: "rescue_calls",
                columns: new[] { "EquipmentId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_rescue_calls_MaintainerUscc",
                schema: "sequip",
                table: "rescue_calls",
                column: "MaintainerUscc");

            migrationBuilder.CreateIndex(
                name: "IX_rescue_calls_ReceivedOn_DivisionCode",
                schema: "sequip",
                table: "rescue_calls",
                columns: new[] { "ReceivedOn", "DivisionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_rescue_calls_Status",
                schema: "sequip",
                table: "rescue_calls",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_self_checks_EquipmentId_On",
                schema: "sequip",
                table: "self_checks",
                columns: new[] { "EquipmentId", "On" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "maintenance_companies",
                schema: "sequip");

            migrationBuilder.DropTable(
                name: "maintenance_contracts",
                schema: "sequip");

            migrationBuilder.DropTable(
                name: "maintenance_records",
                schema: "sequip");

            migrationBuilder.DropTable(
                name: "rescue_calls",
                schema: "sequip");

            migrationBuilder.DropTable(
                name: "rescue_zones",
                schema: "sequip");

            migrationBuilder.DropTable(
                name: "self_checks",
                schema: "sequip");

            migrationBuilder.DropTable(
                name: "equipment",
                schema: "sequip");
        }
    }
}
