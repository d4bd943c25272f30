using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhijian.Credit.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Credit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "credit_credit_records",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    EntityName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Field = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceSystem = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Authority = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DocumentNo = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    PenaltyKinds = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Severe = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsPublic = table.Column<bool>(type: "INTEGER", nullable: false),
                    PublicUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RepairedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WithdrawnOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_credit_credit_records", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "credit_feed",
                columns: table => new
                {
                    Seq = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    EntityName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_credit_feed", x => x.Seq);
                });

            migrationBuilder.CreateTable(
                name: "credit_listings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    EntityName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    List = table.Column<int>(type: "INTEGER", nullable: false),
                    Ground = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportYear = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    DecisionNo = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ListedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Facts = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Authority = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ProposedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ProposedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ConfirmedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EarlyRemovalFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LegalRepBanUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LegalRepName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CuredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RemovalDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RemovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RemovalDecisionNo = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RemovalReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_credit_listings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "credit_quarantined_records",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SourceSystem = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReleasedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_credit_quarantined_records", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "credit_repair_applications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    EntityName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ListingId = table.Column<long>(type: "INTEGER", nullable: true),
                    RecordId = table.Column<long>(type: "INTEGER", nullable: true),
                    Applicant = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ByStaff = table.Column<bool>(type: "INTEGER", nullable: false),
                    Reasons = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AcceptDue = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AcceptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecideDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ActDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    HandledBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_credit_repair_applications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "credit_risk_assessments",
                columns: table => new
                {
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    EntityName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Class = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    ModelVersion = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Factors = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    PreviousClass = table.Column<int>(type: "INTEGER", nullable: true),
                    ClassChangedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ComputedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_credit_risk_assessments", x => x.Uscc);
                });

            migrationBuilder.CreateTable(
                name: "credit_risk_history",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Class = table.Column<int>(type: "INTEGER", nullable: false),
                    PreviousClass = table.Column<int>(type: "INTEGER", nullable: true),
                    Score = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    ModelVersion = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_credit_risk_history", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "credit_risk_models",
                columns: table => new
                {
                    Version = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Json = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_credit_risk_models", x => x.Version);
                });

            migrationBuilder.CreateIndex(
                name: "IX_credit_credit_records_DivisionCode",
                table: "credit_credit_records",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_credit_credit_records_SourceSystem_SourceId",
                table: "credit_credit_records",
                columns: new[] { "SourceSystem", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_credit_credit_records_Uscc_DecidedOn",
                table: "credit_credit_records",
                columns: new[] { "Uscc", "DecidedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_credit_feed_Uscc",
                table: "credit_feed",
                column: "Uscc");

            migrationBuilder.CreateIndex(
                name: "IX_credit_listings_Key",
                table: "credit_listings",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_credit_listings_List_Status_DivisionCode",
                table: "credit_listings",
                columns: new[] { "List", "Status", "DivisionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_credit_listings_Uscc_List_Status",
                table: "credit_listings",
                columns: new[] { "Uscc", "List", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_credit_quarantined_records_SourceSystem_SourceId",
                table: "credit_quarantined_records",
                columns: new[] { "SourceSystem", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_credit_quarantined_records_Uscc",
                table: "credit_quarantined_records",
                column: "Uscc");

            migrationBuilder.CreateIndex(
                name: "IX_credit_repair_applications_Status_DivisionCode",
                table: "credit_repair_applications",
                columns: new[] { "Status", "DivisionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_credit_repair_applications_Uscc_Status",
                table: "credit_repair_applications",
                columns: new[] { "Uscc", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_credit_risk_assessments_ClassChangedOn",
                table: "credit_risk_assessments",
                column: "ClassChangedOn");

            migrationBuilder.CreateIndex(
                name: "IX_credit_risk_assessments_DivisionCode_Class",
                table: "credit_risk_assessments",
                columns: new[] { "DivisionCode", "Class" });

            migrationBuilder.CreateIndex(
                name: "IX_credit_risk_history_Uscc_On",
                table: "credit_risk_history",
                columns: new[] { "Uscc", "On" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "credit_credit_records");

            migrationBuilder.DropTable(
                name: "credit_feed");

            migrationBuilder.DropTable(
                name: "credit_listings");

            migrationBuilder.DropTable(
                name: "credit_quarantined_records");

            migrationBuilder.DropTable(
                name: "credit_repair_applications");

            migrationBuilder.DropTable(
                name: "credit_risk_assessments");

            migrationBuilder.DropTable(
                name: "credit_risk_history");

            migrationBuilder.DropTable(
                name: "credit_risk_models");
        }
    }
}
