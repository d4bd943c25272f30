using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhijian.FoodSafety.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Food2 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "food_trace_batches",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BatchKey = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Gtin = table.Column<string>(type: "TEXT", maxLength: 14, nullable: true),
                    Lot = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    TraceCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ProductName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CategoryCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    Imported = table.Column<bool>(type: "INTEGER", nullable: false),
                    Complete = table.Column<bool>(type: "INTEGER", nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    FirstSeenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OriginHoldingId = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_trace_batches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_trace_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Transformation = table.Column<bool>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Step = table.Column<int>(type: "INTEGER", nullable: false),
                    EventTime = table.Column<long>(type: "INTEGER", nullable: false),
                    TimeZoneOffset = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    LocationPartyId = table.Column<long>(type: "INTEGER", nullable: false),
                    ReadPoint = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SourcePartyId = table.Column<long>(type: "INTEGER", nullable: true),
                    DestinationPartyId = table.Column<long>(type: "INTEGER", nullable: true),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    What = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ColdChainImport = table.Column<bool>(type: "INTEGER", nullable: false),
                    CustomsDeclarationNo = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    QuarantineCertNo = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    DisinfectionCertNo = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    NucleicAcidProofNo = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    DocumentsMissing = table.Column<bool>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_trace_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_trace_parties",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PartyId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OperatorName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ParentId = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_trace_parties", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_trace_holdings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BatchId = table.Column<long>(type: "INTEGER", nullable: false),
                    PartyId = table.Column<long>(type: "INTEGER", nullable: false),
                    QuantityReceived = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: true),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    FirstReceivedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_trace_holdings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_food_trace_holdings_food_trace_batches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "food_trace_batches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "food_trace_links",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FromHoldingId = table.Column<long>(type: "INTEGER", nullable: false),
                    ToHoldingId = table.Column<long>(type: "INTEGER", nullable: false),
                    Transform = table.Column<bool>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Quantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: true),
                    EventRowId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_trace_links", x => x.Id);
                    table.ForeignKey(
                        name: "FK_food_trace_links_food_trace_events_EventRowId",
                        column: x => x.EventRowId,
                        principalTable: "food_trace_events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_food_trace_links_food_trace_holdings_FromHoldingId",
                        column: x => x.FromHoldingId,
                        principalTable: "food_trace_holdings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_food_trace_links_food_trace_holdings_ToHoldingId",
                        column: x => x.ToHoldingId,
                        principalTable: "food_trace_holdings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_food_trace_batches_BatchKey",
                table: "food_trace_batches",
                column: "BatchKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_food_trace_batches_FirstSeenAt_DivisionCode",
                table: "food_trace_batches",
                columns: new[] { "FirstSeenAt", "DivisionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_food_trace_events_DocumentsMissing_EventTime",
                table: "food_trace_events",
                columns: new[] { "DocumentsMissing", "EventTime" });

            migrationBuilder.CreateIndex(
                name: "IX_food_trace_events_EventId",
                table: "food_trace_events",
                column: "EventId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_food_trace_events_LocationPartyId_EventTime",
                table: "food_trace_events",
                columns: new[] { "LocationPartyId", "EventTime" });

            migrationBuilder.CreateIndex(
                name: "IX_food_trace_events_Step_EventTime",
                table: "food_trace_events",
                columns: new[] { "Step", "EventTime" });

            migrationBuilder.CreateIndex(
                name: "IX_food_trace_holdings_BatchId_PartyId",
                table: "food_trace_holdings",
                columns: new[] { "BatchId", "PartyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_food_trace_holdings_PartyId",
                table: "food_trace_holdings",
                column: "PartyId");

            migrationBuilder.CreateIndex(
                name: "IX_food_trace_links_EventRowId",
                table: "food_trace_links",
                column: "EventRowId");

            migrationBuilder.CreateIndex(
                name: "IX_food_trace_links_FromHoldingId_At",
                table: "food_trace_links",
                columns: new[] { "FromHoldingId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_food_trace_links_ToHoldingId_At",
                table: "food_trace_links",
                columns: new[] { "ToHoldingId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_food_trace_parties_Kind_DivisionCode",
                table: "food_trace_parties",
                columns: new[] { "Kind", "DivisionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_food_trace_parties_ParentId",
                table: "food_trace_parties",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_food_trace_parties_PartyId",
                table: "food_trace_parties",
                column: "PartyId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_food_trace_parties_Uscc",
                table: "food_trace_parties",
                column: "Uscc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "food_trace_links");

            migrationBuilder.DropTable(
                name: "food_trace_parties");

            migrationBuilder.DropTable(
                name: "food_trace_events");

            migrationBuilder.DropTable(
                name: "food_trace_holdings");

            migrationBuilder.DropTable(
                name: "food_trace_batches");
        }
    }
}
