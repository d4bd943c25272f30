using System;
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
                name: "food_recall_batches",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecallId = table.Column<long>(type: "INTEGER", nullable: false),
                    ProductId = table.Column<long>(type: "INTEGER", nullable: false),
                    Lot = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ProductionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Produced = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: false),
                    Sold = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_recall_batches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_recall_disposals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecallId = table.Column<long>(type: "INTEGER", nullable: false),
                    Method = table.Column<int>(type: "INTEGER", nullable: false),
                    Quantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PlannedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DoneQuantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: true),
                    Witnesses = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_recall_disposals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_recall_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecallId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_recall_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_recall_products",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecallId = table.Column<long>(type: "INTEGER", nullable: false),
                    Seq = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Specification = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Gtin = table.Column<string>(type: "TEXT", maxLength: 14, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_recall_products", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_recall_progress",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecallId = table.Column<long>(type: "INTEGER", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Recalled = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: false),
                    Planned = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: false),
                    Sold = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_recall_progress", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_recall_scope_lines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecallId = table.Column<long>(type: "INTEGER", nullable: false),
                    PartyId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PartyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    PartyKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    BatchKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ProductName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    QuantityReceived = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: true),
                    FirstReceivedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Depth = table.Column<int>(type: "INTEGER", nullable: true),
                    Manual = table.Column<bool>(type: "INTEGER", nullable: false),
                    Recalled = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_recall_scope_lines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_recalls",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    ProducerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProducerAddress = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    LevelDefinition = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    LevelRegime = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    LearnedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StartBy = table.Column<long>(type: "INTEGER", nullable: false),
                    StartHours = table.Column<int>(type: "INTEGER", nullable: false),
                    StartRule = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OrderNo = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    OrderedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PlanReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PlanSummary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PlannedQuantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: true),
                    AnnouncedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AnnouncementText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CompleteBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CompleteRule = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExtensionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ExtensionApprovedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ExtendedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastProgressOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SummaryOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SummaryText = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SummaryRecalled = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: true),
                    SummarySold = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EvaluatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EvaluationPassed = table.Column<bool>(type: "INTEGER", nullable: true),
                    EvaluationNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    EvaluatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ScopeBatchKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ScopeDepth = table.Column<int>(type: "INTEGER", nullable: true),
                    ScopeTracedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ScopeTruncated = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_recalls", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_food_recall_batches_Lot",
                table: "food_recall_batches",
                column: "Lot");

            migrationBuilder.CreateIndex(
                name: "IX_food_recall_batches_RecallId",
                table: "food_recall_batches",
                column: "RecallId");

            migrationBuilder.CreateIndex(
                name: "IX_food_recall_disposals_RecallId",
                table: "food_recall_disposals",
                column: "RecallId");

            migrationBuilder.CreateIndex(
                name: "IX_food_recall_events_RecallId",
                table: "food_recall_events",
                column: "RecallId");

            migrationBuilder.CreateIndex(
                name: "IX_food_recall_products_RecallId_Seq",
                table: "food_recall_products",
                columns: new[] { "RecallId", "Seq" });

            migrationBuilder.CreateIndex(
                name: "IX_food_recall_progress_RecallId",
                table: "food_recall_progress",
                column: "RecallId");

            migrationBuilder.CreateIndex(
                name: "IX_food_recall_scope_lines_RecallId",
                table: "food_recall_scope_lines",
                column: "RecallId");

            migrationBuilder.CreateIndex(
                name: "IX_food_recalls_AnnouncedOn",
                table: "food_recalls",
                column: "AnnouncedOn");

            migrationBuilder.CreateIndex(
                name: "IX_food_recalls_CompletedOn",
                table: "food_recalls",
                column: "CompletedOn");

            migrationBuilder.CreateIndex(
                name: "IX_food_recalls_DivisionCode",
                table: "food_recalls",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_food_recalls_Number",
                table: "food_recalls",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_food_recalls_StartedOn",
                table: "food_recalls",
                column: "StartedOn");

            migrationBuilder.CreateIndex(
                name: "IX_food_recalls_Status_DueOn",
                table: "food_recalls",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_food_recalls_Uscc",
                table: "food_recalls",
                column: "Uscc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "food_recall_batches");

            migrationBuilder.DropTable(
                name: "food_recall_disposals");

            migrationBuilder.DropTable(
                name: "food_recall_events");

            migrationBuilder.DropTable(
                name: "food_recall_products");

            migrationBuilder.DropTable(
                name: "food_recall_progress");

            migrationBuilder.DropTable(
                name: "food_recall_scope_lines");

            migrationBuilder.DropTable(
                name: "food_recalls");
        }
    }
}
