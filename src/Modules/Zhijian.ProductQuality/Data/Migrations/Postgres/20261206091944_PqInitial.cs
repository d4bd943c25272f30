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
                name: "defect_investigation_steps",
                schema: "pq",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InvestigationId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    By = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_defect_investigation_steps", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "defect_investigations",
                schema: "pq",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    DefectReportId = table.Column<long>(type: "bigint", nullable: true),
                    ComplaintRef = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    FirmName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    FirmDivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Category = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Product = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Models = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ProducedFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ProducedTo = table.Column<DateOnly>(type: "date", nullable: true),
                    AffectedUnits = table.Column<long>(type: "bigint", nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ConcludedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DefectFound = table.Column<bool>(type: "boolean", nullable: true),
                    Conclusion = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    NotifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ObjectionDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ObjectionRule = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ObjectedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ObjectionText = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ObjectionUpheld = table.Column<bool>(type: "boolean", nullable: true),
                    ObjectionDecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ObjectionDecision = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecallId = table.Column<long>(type: "bigint", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_defect_investigations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "defect_reports",
                schema: "pq",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    FirmName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Registered = table.Column<bool>(type: "boolean", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    FirmDivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Category = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Product = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Models = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ProducedFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ProducedTo = table.Column<DateOnly>(type: "date", nullable: true),
                    AffectedUnits = table.Column<long>(type: "bigint", nullable: false),
                    Incident = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    KnownAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueRule = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Late = table.Column<bool>(type: "boolean", nullable: false),
                    InvestigationId = table.Column<long>(type: "bigint", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_defect_reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "recall_events",
                schema: "pq",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Subject = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SubjectId = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_recall_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "recall_progress",
                schema: "pq",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecallId = table.Column<long>(type: "bigint", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Recalled = table.Column<long>(type: "bigint", nullable: false),
                    Repaired = table.Column<long>(type: "bigint", nullable: false),
                    Replaced = table.Column<long>(type: "bigint", nullable: false),
                    Refunded = table.Column<long>(type: "bigint", nullable: false),
                    Warned = table.Column<long>(type: "bigint", nullable: false),
                    Notes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    By = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_recall_progress", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "recalls",
                schema: "pq",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Mode = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    InvestigationId = table.Column<long>(type: "bigint", nullable: true),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    FirmName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    FirmDivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Category = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Product = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Models = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ProducedFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ProducedTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Defect = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Hazard = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Contact = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ConfirmedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    OrderNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    PlanDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PlanRule = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Measures = table.Column<int>(type: "integer", nullable: false),
                    AffectedUnits = table.Column<long>(type: "bigint", nullable: false),
                    Scope = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    PlanStart = table.Column<DateOnly>(type: "date", nullable: true),
                    PlanEnd = table.Column<DateOnly>(type: "date", nullable: true),
                    PlanFiledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NoticeDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NoticeRule = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    NoticeOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NoticeText = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    OwnerNoticeDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OwnerNoticeRule = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    OwnersNotifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ProgressDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LastProgressOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecalledUnits = table.Column<long>(type: "bigint", nullable: false),
                    SummaryDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SummaryRule = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SummaryOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SummaryText = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RefusedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RefusalNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ClueRaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_recalls", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_defect_investigation_steps_InvestigationId",
                schema: "pq",
                table: "defect_investigation_steps",
                column: "InvestigationId");

            migrationBuilder.CreateIndex(
                name: "IX_defect_investigations_DivisionCode",
                schema: "pq",
                table: "defect_investigations",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_defect_investigations_Number",
                schema: "pq",
                table: "defect_investigations",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_defect_investigations_Status_ObjectionDueOn",
                schema: "pq",
                table: "defect_investigations",
                columns: new[] { "Status", "ObjectionDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_defect_reports_DivisionCode",
                schema: "pq",
                table: "defect_reports",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_defect_reports_Number",
                schema: "pq",
                table: "defect_reports",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_defect_reports_ReportedOn",
                schema: "pq",
                table: "defect_reports",
                column: "ReportedOn");

            migrationBuilder.CreateIndex(
                name: "IX_defect_reports_Status_Kind",
                schema: "pq",
                table: "defect_reports",
                columns: new[] { "Status", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_recall_events_Subject_SubjectId",
                schema: "pq",
                table: "recall_events",
                columns: new[] { "Subject", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_recall_progress_RecallId",
                schema: "pq",
                table: "recall_progress",
                column: "RecallId");

            migrationBuilder.CreateIndex(
                name: "IX_recalls_DivisionCode",
                schema: "pq",
                table: "recalls",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_recalls_NoticeOn",
                schema: "pq",
                table: "recalls",
                column: "NoticeOn");

            migrationBuilder.CreateIndex(
                name: "IX_recalls_Number",
                schema: "pq",
                table: "recalls",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_recalls_Status_Kind",
                schema: "pq",
                table: "recalls",
                columns: new[] { "Status", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_recalls_SummaryOn",
                schema: "pq",
                table: "recalls",
                column: "SummaryOn");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "defect_investigation_steps",
                schema: "pq");

            migrationBuilder.DropTable(
                name: "defect_investigations",
                schema: "pq");

            migrationBuilder.DropTable(
                name: "defect_reports",
                schema: "pq");

            migrationBuilder.DropTable(
                name: "recall_events",
                schema: "pq");

            migrationBuilder.DropTable(
                name: "recall_progress",
                schema: "pq");

            migrationBuilder.DropTable(
                name: "recalls",
                schema: "pq");
        }
    }
}
