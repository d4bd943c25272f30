using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zhijian.FoodSafety.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Food2 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "trace_batches",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BatchKey = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Gtin = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: true),
                    Lot = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    TraceCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ProductName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CategoryCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    Origin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    Imported = table.Column<bool>(type: "boolean", nullable: false),
                    Complete = table.Column<bool>(type: "boolean", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    FirstSeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    OriginHoldingId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trace_batches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "trace_events",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EventId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Transformation = table.Column<bool>(type: "boolean", nullable: false),
                    Action = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Step = table.Column<int>(type: "integer", nullable: false),
                    EventTime = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    TimeZoneOffset = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    LocationPartyId = table.Column<long>(type: "bigint", nullable: false),
                    ReadPoint = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SourcePartyId = table.Column<long>(type: "bigint", nullable: true),
                    DestinationPartyId = table.Column<long>(type: "bigint", nullable: true),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    What = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ColdChainImport = table.Column<bool>(type: "boolean", nullable: false),
                    CustomsDeclarationNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    QuarantineCertNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    DisinfectionCertNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    NucleicAcidProofNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    DocumentsMissing = table.Column<bool>(type: "boolean", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trace_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "trace_parties",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PartyId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OperatorName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ParentId = table.Column<long>(type: "bigint", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trace_parties", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "trace_holdings",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BatchId = table.Column<long>(type: "bigint", nullable: false),
                    PartyId = table.Column<long>(type: "bigint", nullable: false),
                    QuantityReceived = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: true),
                    Unit = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    FirstReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trace_holdings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_trace_holdings_trace_batches_BatchId",
                        column: x => x.BatchId,
                        principalSchema: "food",
                        principalTable: "trace_batches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "trace_links",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FromHoldingId = table.Column<long>(type: "bigint", nullable: false),
                    ToHoldingId = table.Column<long>(type: "bigint", nullable: false),
                    Transform = table.Column<bool>(type: "boolean", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Quantity = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: true),
                    EventRowId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trace_links", x => x.Id);
                    table.ForeignKey(
                        name: "FK_trace_links_trace_events_EventRowId",
                        column: x => x.EventRowId,
                        principalSchema: "food",
                        principalTable: "trace_events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_trace_links_trace_holdings_FromHoldingId",
                        column: x => x.FromHoldingId,
                        principalSchema: "food",
                        principalTable: "trace_holdings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_trace_links_trace_holdings_ToHoldingId",
                        column: x => x.ToHoldingId,
                        principalSchema: "food",
                        principalTable: "trace_holdings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_trace_batches_BatchKey",
                schema: "food",
                table: "trace_batches",
                column: "BatchKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_trace_batches_FirstSeenAt_DivisionCode",
                schema: "food",
                table: "trace_batches",
                columns: new[] { "FirstSeenAt", "DivisionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_trace_events_DocumentsMissing_EventTime",
                schema: "food",
                table: "trace_events",
                columns: new[] { "DocumentsMissing", "EventTime" });

            migrationBuilder.CreateIndex(
                name: "IX_trace_events_EventId",
                schema: "food",
                table: "trace_events",
                column: "EventId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_trace_events_LocationPartyId_EventTime",
                schema: "food",
                table: "trace_events",
                columns: new[] { "LocationPartyId", "EventTime" });

            migrationBuilder.CreateIndex(
                name: "IX_trace_events_Step_EventTime",
                schema: "food",
                table: "trace_events",
                columns: new[] { "Step", "EventTime" });

            migrationBuilder.CreateIndex(
                name: "IX_trace_holdings_BatchId_PartyId",
                schema: "food",
                table: "trace_holdings",
                columns: new[] { "BatchId", "PartyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_trace_holdings_PartyId",
                schema: "food",
                table: "trace_holdings",
                column: "PartyId");

            migrationBuilder.CreateIndex(
                name: "IX_trace_links_EventRowId",
                schema: "food",
                table: "trace_links",
                column: "EventRowId");

            migrationBuilder.CreateIndex(
                name: "IX_trace_links_FromHoldingId_At",
                schema: "food",
                table: "trace_links",
                columns: new[] { "FromHoldingId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_trace_links_ToHoldingId_At",
                schema: "food",
                table: "trace_links",
                columns: new[] { "ToHoldingId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_trace_parties_Kind_DivisionCode",
                schema: "food",
                table: "trace_parties",
                columns: new[] { "Kind", "DivisionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_trace_parties_ParentId",
                schema: "food",
                table: "trace_parties",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_trace_parties_PartyId",
                schema: "food",
                table: "trace_parties",
                column: "PartyId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_trace_parties_Uscc",
                schema: "food",
                table: "trace_parties",
                column: "Uscc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "trace_links",
                schema: "food");

            migrationBuilder.DropTable(
                name: "trace_parties",
                schema: "food");

            migrationBuilder.DropTable(
                name: "trace_events",
                schema: "food");

            migrationBuilder.DropTable(
                name: "trace_holdings",
                schema: "food");

            migrationBuilder.DropTable(
                name: "trace_batches",
                schema: "food");
        }
    }
}
