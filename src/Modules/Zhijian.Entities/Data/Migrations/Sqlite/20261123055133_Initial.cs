using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhijian.Entities.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "entities_market_entities",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    RegNo = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    LegalRep = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LegalRepIdCipher = table.Column<string>(type: "TEXT", nullable: true),
                    LegalRepIdMasked = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    RegisteredCapital = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    EstablishedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TermFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TermTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RegisteredAddress = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    BusinessAddress = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    IndustryCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    BusinessScope = table.Column<string>(type: "TEXT", nullable: true),
                    RegistrationAuthority = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PhoneCipher = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneMasked = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    StatusDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Tags = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    UsccCheckOverridden = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_entities_market_entities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "entities_annual_reports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EntityId = table.Column<long>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Late = table.Column<bool>(type: "INTEGER", nullable: false),
                    Employees = table.Column<int>(type: "INTEGER", nullable: false),
                    PhoneMasked = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    PhoneCipher = table.Column<string>(type: "TEXT", nullable: true),
                    Websites = table.Column<string>(type: "TEXT", nullable: true),
                    PaidInCapital = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_entities_annual_reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_entities_annual_reports_entities_market_entities_EntityId",
                        column: x => x.EntityId,
                        principalTable: "entities_market_entities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "entities_entity_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EntityId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Changes = table.Column<string>(type: "TEXT", nullable: true),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_entities_entity_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_entities_entity_events_entities_market_entities_EntityId",
                        column: x => x.EntityId,
                        principalTable: "entities_market_entities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "entities_licences",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EntityId = table.Column<long>(type: "INTEGER", nullable: false),
                    TypeCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Issuer = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Commitment = table.Column<bool>(type: "INTEGER", nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_entities_licences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_entities_licences_entities_market_entities_EntityId",
                        column: x => x.EntityId,
                        principalTable: "entities_market_entities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_entities_annual_reports_EntityId_Year",
                table: "entities_annual_reports",
                columns: new[] { "EntityId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_entities_annual_reports_Year_DivisionCode",
                table: "entities_annual_reports",
                columns: new[] { "Year", "DivisionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_entities_entity_events_EntityId_OccurredOn",
                table: "entities_entity_events",
                columns: new[] { "EntityId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_entities_licences_EntityId",
                table: "entities_licences",
                column: "EntityId");

            migrationBuilder.CreateIndex(
                name: "IX_entities_licences_TypeCode_Number",
                table: "entities_licences",
                columns: new[] { "TypeCode", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_entities_licences_ValidTo",
                table: "entities_licences",
                column: "ValidTo");

            migrationBuilder.CreateIndex(
                name: "IX_entities_market_entities_DivisionCode",
                table: "entities_market_entities",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_entities_market_entities_IndustryCode",
                table: "entities_market_entities",
                column: "IndustryCode");

            migrationBuilder.CreateIndex(
                name: "IX_entities_market_entities_LegalRep",
                table: "entities_market_entities",
                column: "LegalRep");

            migrationBuilder.CreateIndex(
                name: "IX_entities_market_entities_Name",
                table: "entities_market_entities",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_entities_market_entities_Status_Type",
                table: "entities_market_entities",
                columns: new[] { "Status", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_entities_market_entities_Uscc",
                table: "entities_market_entities",
                column: "Uscc",
                unique: true);

            // Chinese name search: FTS5 trigram index kept in step with the table by triggers (ARCHITECTURE: Storage).
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE entities_name_fts USING fts5("Name", content='entities_market_entities', content_rowid='Id', tokenize='trigram');
                CREATE TRIGGER entities_name_fts_ai AFTER INSERT ON entities_market_entities BEGIN
                  INSERT INTO entities_name_fts(rowid, "Name") VALUES (new."Id", new."Name");
                END;
                CREATE TRIGGER entities_name_fts_ad AFTER DELETE ON entities_market_entities BEGIN
                  INSERT INTO entities_name_fts(entities_name_fts, rowid, "Name") VALUES ('delete', old."Id", old."Name");
                END;
                CREATE TRIGGER entities_name_fts_au AFTER UPDATE OF "Name" ON entities_market_entities BEGIN
                  INSERT INTO entities_name_fts(entities_name_fts, rowid, "Name") VALUES ('delete', old."Id", old."Name");
                  INSERT INTO entities_name_fts(rowid, "Name") VALUES (new."Id", new."Name");
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS entities_name_fts_au;
                DROP TRIGGER IF EXISTS entities_name_fts_ad;
                DROP TRIGGER IF EXISTS entities_name_fts_ai;
                DROP TABLE IF EXISTS entities_name_fts;
                """);

            migrationBuilder.DropTable(
                name: "entities_annual_reports");

            migrationBuilder.DropTable(
                name: "entities_entity_events");

            migrationBuilder.DropTable(
                name: "entities_licences");

            migrationBuilder.DropTable(
                name: "entities_market_entities");
        }
    }
}
