using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zhijian.ProductQuality.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PqInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "pq");

            migrationBuilder.CreateTable(
                name: "follow_ups",
                schema: "pq",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SampleId = table.Column<long>(type: "bigint", nullable: false),
                    Part = table.Column<int>(type: "integer", nullable: false),
                    SampleNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PlanId = table.Column<long>(type: "bigint", nullable: false),
                    PlanName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: true),
                    OrgUnitName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ProductCategoryCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ProductName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProductKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Brand = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Model = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Standard = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ProducerUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    ProducerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProducerDivision = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    SellerUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    SellerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SellerDivision = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    FailedItems = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ConsumerGood = table.Column<bool>(type: "boolean", nullable: false),
                    NotifiedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Stage = table.Column<int>(type: "integer", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DueStep = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    StopConfirmedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    StopConfirmedHow = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OrderNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    OrderedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CorrectionDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CorrectionReportOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CorrectionReport = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RecheckDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecheckOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecheckReportNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    RecheckPassed = table.Column<bool>(type: "boolean", nullable: true),
                    RecheckConclusion = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ReportedUpOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AnnouncedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Announcement = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    SecondFromOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SecondDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SecondRecheckOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SecondReportNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    SecondPassed = table.Column<bool>(type: "boolean", nullable: true),
                    SecondConclusion = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    WithdrawReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    OutOfArea = table.Column<bool>(type: "boolean", nullable: false),
                    ProducerBureauId = table.Column<int>(type: "integer", nullable: true),
                    ProducerBureauName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ProducerNotifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ProducerLetterNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    ReferredBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ClueRaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RefusalClueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_follow_ups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "follow_up_events",
                schema: "pq",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FollowUpId = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_follow_up_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_follow_up_events_follow_ups_FollowUpId",
                        column: x => x.FollowUpId,
                        principalSchema: "pq",
                        principalTable: "follow_ups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_follow_up_events_FollowUpId",
                schema: "pq",
                table: "follow_up_events",
                column: "FollowUpId");

            migrationBuilder.CreateIndex(
                name: "IX_follow_ups_DivisionCode",
                schema: "pq",
                table: "follow_ups",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_follow_ups_Number",
                schema: "pq",
                table: "follow_ups",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_follow_ups_PlanId",
                schema: "pq",
                table: "follow_ups",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_follow_ups_ProducerUscc",
                schema: "pq",
                table: "follow_ups",
                column: "ProducerUscc");

            migrationBuilder.CreateIndex(
                name: "IX_follow_ups_ProductKey",
                schema: "pq",
                table: "follow_ups",
                column: "ProductKey");

            migrationBuilder.CreateIndex(
                name: "IX_follow_ups_SampleId_Part",
                schema: "pq",
                table: "follow_ups",
                columns: new[] { "SampleId", "Part" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_follow_ups_Stage_DueOn",
                schema: "pq",
                table: "follow_ups",
                columns: new[] { "Stage", "DueOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "follow_up_events",
                schema: "pq");

            migrationBuilder.DropTable(
                name: "follow_ups",
                schema: "pq");
        }
    }
}
