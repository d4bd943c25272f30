using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhijian.ProductQuality.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PqInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "pq_follow_ups",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SampleId = table.Column<long>(type: "INTEGER", nullable: false),
                    Part = table.Column<int>(type: "INTEGER", nullable: false),
                    SampleNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PlanId = table.Column<long>(type: "INTEGER", nullable: false),
                    PlanName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    OrgUnitName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ProductCategoryCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ProductName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProductKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Brand = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Model = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Standard = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ProducerUscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    ProducerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProducerDivision = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    SellerUscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    SellerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SellerDivision = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    FailedItems = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ConsumerGood = table.Column<bool>(type: "INTEGER", nullable: false),
                    NotifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DueStep = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    StopConfirmedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StopConfirmedHow = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OrderNo = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    OrderedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CorrectionDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CorrectionReportOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CorrectionReport = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RecheckDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecheckOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecheckReportNo = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    RecheckPassed = table.Column<bool>(type: "INTEGER", nullable: true),
                    RecheckConclusion = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReportedUpOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AnnouncedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Announcement = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    SecondFromOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SecondDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SecondRecheckOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SecondReportNo = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    SecondPassed = table.Column<bool>(type: "INTEGER", nullable: true),
                    SecondConclusion = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WithdrawReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    OutOfArea = table.Column<bool>(type: "INTEGER", nullable: false),
                    ProducerBureauId = table.Column<int>(type: "INTEGER", nullable: true),
                    ProducerBureauName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ProducerNotifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ProducerLetterNo = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    ReferredBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ClueRaisedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RefusalClueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pq_follow_ups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pq_follow_up_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FollowUpId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pq_follow_up_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_pq_follow_up_events_pq_follow_ups_FollowUpId",
                        column: x => x.FollowUpId,
                        principalTable: "pq_follow_ups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_pq_follow_up_events_FollowUpId",
                table: "pq_follow_up_events",
                column: "FollowUpId");

            migrationBuilder.CreateIndex(
                name: "IX_pq_follow_ups_DivisionCode",
                table: "pq_follow_ups",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_pq_follow_ups_Number",
                table: "pq_follow_ups",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pq_follow_ups_PlanId",
                table: "pq_follow_ups",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_pq_follow_ups_ProducerUscc",
                table: "pq_follow_ups",
                column: "ProducerUscc");

            migrationBuilder.CreateIndex(
                name: "IX_pq_follow_ups_ProductKey",
                table: "pq_follow_ups",
                column: "ProductKey");

            migrationBuilder.CreateIndex(
                name: "IX_pq_follow_ups_SampleId_Part",
                table: "pq_follow_ups",
                columns: new[] { "SampleId", "Part" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pq_follow_ups_Stage_DueOn",
                table: "pq_follow_ups",
                columns: new[] { "Stage", "DueOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "pq_follow_up_events");

            migrationBuilder.DropTable(
                name: "pq_follow_ups");
        }
    }
}
