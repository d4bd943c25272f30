using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zhijian.Entities.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "entities");

            migrationBuilder.CreateTable(
                name: "market_entities",
                schema: "entities",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    RegNo = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Type = table.Column<int>(type: "integer", nullable: false),
                    LegalRep = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LegalRepIdCipher = table.Column<string>(type: "text", nullable: true),
                    LegalRepIdMasked = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    RegisteredCapital = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    EstablishedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    TermFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    TermTo = table.Column<DateOnly>(type: "date", nullable: true),
                    RegisteredAddress = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    BusinessAddress = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    IndustryCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    BusinessScope = table.Column<string>(type: "text", nullable: true),
                    RegistrationAuthority = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PhoneCipher = table.Column<string>(type: "text", nullable: true),
                    PhoneMasked = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    StatusDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Tags = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    UsccCheckOverridden = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_entities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "annual_reports",
                schema: "entities",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EntityId = table.Column<long>(type: "bigint", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Late = table.Column<bool>(type: "boolean", nullable: false),
                    Employees = table.Column<int>(type: "integer", nullable: false),
                    PhoneMasked = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    PhoneCipher = table.Column<string>(type: "text", nullable: true),
                    Websites = table.Column<string>(type: "text", nullable: true),
                    PaidInCapital = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_annual_reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_annual_reports_market_entities_EntityId",
                        column: x => x.EntityId,
                        principalSchema: "entities",
                        principalTable: "market_entities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "entity_events",
                schema: "entities",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EntityId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Changes = table.Column<string>(type: "text", nullable: true),
                    Actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_entity_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_entity_events_market_entities_EntityId",
                        column: x => x.EntityId,
                        principalSchema: "entities",
                        principalTable: "market_entities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "licences",
                schema: "entities",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EntityId = table.Column<long>(type: "bigint", nullable: false),
                    TypeCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Issuer = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Commitment = table.Column<bool>(type: "boolean", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_licences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_licences_market_entities_EntityId",
                        column: x => x.EntityId,
                        principalSchema: "entities",
                        principalTable: "market_entities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_annual_reports_EntityId_Year",
                schema: "entities",
                table: "annual_reports",
                columns: new[] { "EntityId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_annual_reports_Year_DivisionCode",
                schema: "entities",
                table: "annual_reports",
                columns: new[] { "Year", "DivisionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_entity_events_EntityId_OccurredOn",
                schema: "entities",
                table: "entity_events",
                columns: new[] { "EntityId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_licences_EntityId",
                schema: "entities",
                table: "licences",
                column: "EntityId");

            migrationBuilder.CreateIndex(
                name: "IX_licences_TypeCode_Number",
                schema: "entities",
                table: "licences",
                columns: new[] { "TypeCode", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_licences_ValidTo",
                schema: "entities",
                table: "licences",
                column: "ValidTo");

            migrationBuilder.CreateIndex(
                name: "IX_market_entities_DivisionCode",
                schema: "entities",
                table: "market_entities",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_market_entities_IndustryCode",
                schema: "entities",
                table: "market_entities",
                column: "IndustryCode");

            migrationBuilder.CreateIndex(
                name: "IX_market_entities_LegalRep",
                schema: "entities",
                table: "market_entities",
                column: "LegalRep");

            migrationBuilder.CreateIndex(
                name: "IX_market_entities_Name",
                schema: "entities",
                table: "market_entities",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_market_entities_Status_Type",
                schema: "entities",
                table: "market_entities",
                columns: new[] { "Status", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_market_entities_Uscc",
                schema: "entities",
                table: "market_entities",
                column: "Uscc",
                unique: true);

            // Chinese name search: trigram GIN index (needs a UTF-8 database; pg_trgm is a trusted extension).
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            migrationBuilder.Sql("CREATE INDEX ix_market_entities_name_trgm ON entities.market_entities USING gin (\"Name\" gin_trgm_ops);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS entities.ix_market_entities_name_trgm;");

            migrationBuilder.DropTable(
                name: "annual_reports",
                schema: "entities");

            migrationBuilder.DropTable(
                name: "entity_events",
                schema: "entities");

            migrationBuilder.DropTable(
                name: "licences",
                schema: "entities");

            migrationBuilder.DropTable(
                name: "market_entities",
                schema: "entities");
        }
    }
}
