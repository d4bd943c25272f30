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
                name: "recall_batches",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecallId = table.Column<long>(type: "bigint", nullable: false),
                    ProductId = table.Column<long>(type: "bigint", nullable: false),
                    Lot = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ProductionDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Produced = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: false),
                    Sold = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_recall_batches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "recall_disposals",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecallId = table.Column<long>(type: "bigint", nullable: false),
                    Method = table.Column<int>(type: "integer", nullable: false),
                    Quantity = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: false),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PlannedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DoneQuantity = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: true),
                    Witnesses = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_recall_disposals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "recall_events",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecallId = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_recall_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "recall_products",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecallId = table.Column<long>(type: "bigint", nullable: false),
                    Seq = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Specification = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Gtin = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_recall_products", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "recall_progress",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecallId = table.Column<long>(type: "bigint", nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Recalled = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: false),
                    Planned = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: false),
                    Sold = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: false),
                    Notes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_recall_progress", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "recall_scope_lines",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecallId = table.Column<long>(type: "bigint", nullable: false),
                    PartyId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    PartyName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    PartyKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    BatchKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ProductName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    QuantityReceived = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: true),
                    FirstReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Depth = table.Column<int>(type: "integer", nullable: true),
                    Manual = table.Column<bool>(type: "boolean", nullable: false),
                    Recalled = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_recall_scope_lines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "recalls",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    ProducerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProducerAddress = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    LevelDefinition = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    LevelRegime = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Unit = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    LearnedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StartBy = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StartHours = table.Column<int>(type: "integer", nullable: false),
                    StartRule = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OrderNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    OrderedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PlanReceivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PlanSummary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PlannedQuantity = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: true),
                    AnnouncedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AnnouncementText = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CompleteBy = table.Column<DateOnly>(type: "date", nullable: true),
                    CompleteRule = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ExtensionReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ExtensionApprovedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ExtendedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LastProgressOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SummaryOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SummaryText = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SummaryRecalled = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: true),
                    SummarySold = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EvaluatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EvaluationPassed = table.Column<bool>(type: "boolean", nullable: true),
                    EvaluationNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    EvaluatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ScopeBatchKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ScopeDepth = table.Column<int>(type: "integer", nullable: true),
                    ScopeTracedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ScopeTruncated = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_recalls", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_recall_batches_Lot",
                schema: "food",
                table: "recall_batches",
                column: "Lot");

            migrationBuilder.CreateIndex(
                name: "IX_recall_batches_RecallId",
                schema: "food",
                table: "recall_batches",
                column: "RecallId");

            migrationBuilder.CreateIndex(
                name: "IX_recall_disposals_RecallId",
                schema: "food",
                table: "recall_disposals",
                column: "RecallId");

            migrationBuilder.CreateIndex(
                name: "IX_recall_events_RecallId",
                schema: "food",
                table: "recall_events",
                column: "RecallId");

            migrationBuilder.CreateIndex(
                name: "IX_recall_products_RecallId_Seq",
                schema: "food",
                table: "recall_products",
                columns: new[] { "RecallId", "Seq" });

            migrationBuilder.CreateIndex(
                name: "IX_recall_progress_RecallId",
                schema: "food",
                table: "recall_progress",
                column: "RecallId");

            migrationBuilder.CreateIndex(
                name: "IX_recall_scope_lines_RecallId",
                schema: "food",
                table: "recall_scope_lines",
                column: "RecallId");

            migrationBuilder.CreateIndex(
                name: "IX_recalls_AnnouncedOn",
                schema: "food",
                table: "recalls",
                column: "AnnouncedOn");

            migrationBuilder.CreateIndex(
                name: "IX_recalls_CompletedOn",
                schema: "food",
                table: "recalls",
                column: "CompletedOn");

            migrationBuilder.CreateIndex(
                name: "IX_recalls_DivisionCode",
                schema: "food",
                table: "recalls",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_recalls_Number",
                schema: "food",
                table: "recalls",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_recalls_StartedOn",
                schema: "food",
                table: "recalls",
                column: "StartedOn");

            migrationBuilder.CreateIndex(
                name: "IX_recalls_Status_DueOn",
                schema: "food",
                table: "recalls",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_recalls_Uscc",
                schema: "food",
                table: "recalls",
                column: "Uscc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "recall_batches",
                schema: "food");

            migrationBuilder.DropTable(
                name: "recall_disposals",
                schema: "food");

            migrationBuilder.DropTable(
                name: "recall_events",
                schema: "food");

            migrationBuilder.DropTable(
                name: "recall_products",
                schema: "food");

            migrationBuilder.DropTable(
                name: "recall_progress",
                schema: "food");

            migrationBuilder.DropTable(
                name: "recall_scope_lines",
                schema: "food");

            migrationBuilder.DropTable(
                name: "recalls",
                schema: "food");
        }
    }
}
