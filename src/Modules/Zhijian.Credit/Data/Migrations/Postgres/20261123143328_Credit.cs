using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zhijian.Credit.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Credit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "credit");

            migrationBuilder.CreateTable(
                name: "credit_records",
                schema: "credit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    EntityName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Field = table.Column<int>(type: "integer", nullable: false),
                    SourceSystem = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    SourceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Authority = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DocumentNo = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Content = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    PenaltyKinds = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Severe = table.Column<bool>(type: "boolean", nullable: false),
                    IsPublic = table.Column<bool>(type: "boolean", nullable: false),
                    PublicUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    RepairedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    WithdrawnOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_credit_records", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "feed",
                schema: "credit",
                columns: table => new
                {
                    Seq = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    EntityName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Reference = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_feed", x => x.Seq);
                });

            migrationBuilder.CreateTable(
                name: "listings",
                schema: "credit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    EntityName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    List = table.Column<int>(type: "integer", nullable: false),
                    Ground = table.Column<int>(type: "integer", nullable: false),
                    ReportYear = table.Column<int>(type: "integer", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    DecisionNo = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ListedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Facts = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Authority = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ProposedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ProposedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ConfirmedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EarlyRemovalFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    LegalRepBanUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    LegalRepName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CuredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RemovalDue = table.Column<DateOnly>(type: "date", nullable: true),
                    RemovedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RemovalDecisionNo = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RemovalReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_listings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "quarantined_records",
                schema: "credit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SourceSystem = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    SourceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Uscc = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Payload = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReleasedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_quarantined_records", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "repair_applications",
                schema: "credit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    EntityName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    ListingId = table.Column<long>(type: "bigint", nullable: true),
                    RecordId = table.Column<long>(type: "bigint", nullable: true),
                    Applicant = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ByStaff = table.Column<bool>(type: "boolean", nullable: false),
                    Reasons = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AcceptDue = table.Column<DateOnly>(type: "date", nullable: false),
                    AcceptedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecideDue = table.Column<DateOnly>(type: "date", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ActDue = table.Column<DateOnly>(type: "date", nullable: true),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Decision = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    HandledBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_repair_applications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "risk_assessments",
                schema: "credit",
                columns: table => new
                {
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    EntityName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Class = table.Column<int>(type: "integer", nullable: false),
                    Score = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    ModelVersion = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Factors = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    PreviousClass = table.Column<int>(type: "integer", nullable: true),
                    ClassChangedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ComputedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_risk_assessments", x => x.Uscc);
                });

            migrationBuilder.CreateTable(
                name: "risk_history",
                schema: "credit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Class = table.Column<int>(type: "integer", nullable: false),
                    PreviousClass = table.Column<int>(type: "integer", nullable: true),
                    Score = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    ModelVersion = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_risk_history", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "risk_models",
                schema: "credit",
                columns: table => new
                {
                    Version = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Json = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_risk_models", x => x.Version);
                });

            migrationBuilder.CreateIndex(
                name: "IX_credit_records_DivisionCode",
                schema: "credit",
                table: "credit_records",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_credit_records_SourceSystem_SourceId",
                schema: "credit",
                table: "credit_records",
                columns: new[] { "SourceSystem", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_credit_records_Uscc_DecidedOn",
                schema: "credit",
                table: "credit_records",
                columns: new[] { "Uscc", "DecidedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_feed_Uscc",
                schema: "credit",
                table: "feed",
                column: "Uscc");

            migrationBuilder.CreateIndex(
                name: "IX_listings_Key",
                schema: "credit",
                table: "listings",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_listings_List_Status_DivisionCode",
                schema: "credit",
                table: "listings",
                columns: new[] { "List", "Status", "DivisionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_listings_Uscc_List_Status",
                schema: "credit",
                table: "listings",
                columns: new[] { "Uscc", "List", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_quarantined_records_SourceSystem_SourceId",
                schema: "credit",
                table: "quarantined_records",
                columns: new[] { "SourceSystem", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_quarantined_records_Uscc",
                schema: "credit",
                table: "quarantined_records",
                column: "Uscc");

            migrationBuilder.CreateIndex(
                name: "IX_repair_applications_Status_DivisionCode",
                schema: "credit",
                table: "repair_applications",
                columns: new[] { "Status", "DivisionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_repair_applications_Uscc_Status",
                schema: "credit",
                table: "repair_applications",
                columns: new[] { "Uscc", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_risk_assessments_ClassChangedOn",
                schema: "credit",
                table: "risk_assessments",
                column: "ClassChangedOn");

            migrationBuilder.CreateIndex(
                name: "IX_risk_assessments_DivisionCode_Class",
                schema: "credit",
                table: "risk_assessments",
                columns: new[] { "DivisionCode", "Class" });

            migrationBuilder.CreateIndex(
                name: "IX_risk_history_Uscc_On",
                schema: "credit",
                table: "risk_history",
                columns: new[] { "Uscc", "On" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "credit_records",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "feed",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "listings",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "quarantined_records",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "repair_applications",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "risk_assessments",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "risk_history",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "risk_models",
                schema: "credit");
        }
    }
}
