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
                name: "pq_defect_investigation_steps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InvestigationId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pq_defect_investigation_steps", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pq_defect_investigations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    DefectReportId = table.Column<long>(type: "INTEGER", nullable: true),
                    ComplaintRef = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    FirmName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    FirmDivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Product = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Models = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ProducedFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ProducedTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AffectedUnits = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ConcludedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DefectFound = table.Column<bool>(type: "INTEGER", nullable: true),
                    Conclusion = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    NotifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ObjectionDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ObjectionRule = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ObjectedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ObjectionText = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ObjectionUpheld = table.Column<bool>(type: "INTEGER", nullable: true),
                    ObjectionDecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ObjectionDecision = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecallId = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pq_defect_investigations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pq_defect_reports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    FirmName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Registered = table.Column<bool>(type: "INTEGER", nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    FirmDivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Product = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Models = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ProducedFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ProducedTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AffectedUnits = table.Column<long>(type: "INTEGER", nullable: false),
                    Incident = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    KnownAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueRule = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Late = table.Column<bool>(type: "INTEGER", nullable: false),
                    InvestigationId = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pq_defect_reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pq_recall_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SubjectId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pq_recall_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pq_recall_progress",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecallId = table.Column<long>(type: "INTEGER", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Recalled = table.Column<long>(type: "INTEGER", nullable: false),
                    Repaired = table.Column<long>(type: "INTEGER", nullable: false),
                    Replaced = table.Column<long>(type: "INTEGER", nullable: false),
                    Refunded = table.Column<long>(type: "INTEGER", nullable: false),
                    Warned = table.Column<long>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    By = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pq_recall_progress", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pq_recalls",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Mode = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    InvestigationId = table.Column<long>(type: "INTEGER", nullable: true),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    FirmName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    FirmDivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Product = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Models = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ProducedFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ProducedTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Defect = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Hazard = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ConfirmedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OrderNo = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    PlanDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PlanRule = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Measures = table.Column<int>(type: "INTEGER", nullable: false),
                    AffectedUnits = table.Column<long>(type: "INTEGER", nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PlanStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PlanEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PlanFiledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NoticeDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NoticeRule = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    NoticeOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NoticeText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    OwnerNoticeDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OwnerNoticeRule = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    OwnersNotifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ProgressDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastProgressOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecalledUnits = table.Column<long>(type: "INTEGER", nullable: false),
                    SummaryDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SummaryRule = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SummaryOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SummaryText = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RefusedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RefusalNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ClueRaisedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pq_recalls", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_pq_defect_investigation_steps_InvestigationId",
                table: "pq_defect_investigation_steps",
                column: "InvestigationId");

            migrationBuilder.CreateIndex(
                name: "IX_pq_defect_investigations_DivisionCode",
                table: "pq_defect_investigations",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_pq_defect_investigations_Number",
                table: "pq_defect_investigations",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pq_defect_investigations_Status_ObjectionDueOn",
                table: "pq_defect_investigations",
                columns: new[] { "Status", "ObjectionDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_pq_defect_reports_DivisionCode",
                table: "pq_defect_reports",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_pq_defect_reports_Number",
                table: "pq_defect_reports",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pq_defect_reports_ReportedOn",
                table: "pq_defect_reports",
                column: "ReportedOn");

            migrationBuilder.CreateIndex(
                name: "IX_pq_defect_reports_Status_Kind",
                table: "pq_defect_reports",
                columns: new[] { "Status", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_pq_recall_events_Subject_SubjectId",
                table: "pq_recall_events",
                columns: new[] { "Subject", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_pq_recall_progress_RecallId",
                table: "pq_recall_progress",
                column: "RecallId");

            migrationBuilder.CreateIndex(
                name: "IX_pq_recalls_DivisionCode",
                table: "pq_recalls",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_pq_recalls_NoticeOn",
                table: "pq_recalls",
                column: "NoticeOn");

            migrationBuilder.CreateIndex(
                name: "IX_pq_recalls_Number",
                table: "pq_recalls",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pq_recalls_Status_Kind",
                table: "pq_recalls",
                columns: new[] { "Status", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_pq_recalls_SummaryOn",
                table: "pq_recalls",
                column: "SummaryOn");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "pq_defect_investigation_steps");

            migrationBuilder.DropTable(
                name: "pq_defect_investigations");

            migrationBuilder.DropTable(
                name: "pq_defect_reports");

            migrationBuilder.DropTable(
                name: "pq_recall_events");

            migrationBuilder.DropTable(
                name: "pq_recall_progress");

            migrationBuilder.DropTable(
                name: "pq_recalls");
        }
    }
}
