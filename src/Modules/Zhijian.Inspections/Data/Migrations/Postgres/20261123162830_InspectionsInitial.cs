using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zhijian.Inspections.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InspectionsInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "inspections");

            migrationBuilder.CreateTable(
                name: "assignment_rounds",
                schema: "inspections",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TaskId = table.Column<long>(type: "bigint", nullable: false),
                    TargetId = table.Column<long>(type: "bigint", nullable: false),
                    DepartmentIndex = table.Column<int>(type: "integer", nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    Label = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Eligible = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    Picked = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Excluded = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assignment_rounds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "assignments",
                schema: "inspections",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TaskId = table.Column<long>(type: "bigint", nullable: false),
                    TargetId = table.Column<long>(type: "bigint", nullable: false),
                    DepartmentIndex = table.Column<int>(type: "integer", nullable: false),
                    InspectorId = table.Column<long>(type: "bigint", nullable: false),
                    InspectorName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    CertificateNo = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    Recused = table.Column<bool>(type: "boolean", nullable: false),
                    RecusalReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    AssignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assignments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "attachments",
                schema: "inspections",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ResultId = table.Column<long>(type: "bigint", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attachments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "draw_candidates",
                schema: "inspections",
                columns: table => new
                {
                    DrawId = table.Column<long>(type: "bigint", nullable: false),
                    Data = table.Column<byte[]>(type: "bytea", nullable: false),
                    Exempted = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_draw_candidates", x => x.DrawId);
                });

            migrationBuilder.CreateTable(
                name: "draws",
                schema: "inspections",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TaskId = table.Column<long>(type: "bigint", nullable: false),
                    Seq = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    RiskLinked = table.Column<bool>(type: "boolean", nullable: false),
                    CandidateCount = table.Column<int>(type: "integer", nullable: false),
                    CandidateHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Commitment = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SecretSealed = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Secret = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Strata = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ExemptionTags = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CommittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CommittedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    WitnessName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    WitnessValue = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DrawnAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DrawnBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_draws", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inspector_conflicts",
                schema: "inspections",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InspectorId = table.Column<long>(type: "bigint", nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    PersonName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DeclaredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspector_conflicts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inspector_leaves",
                schema: "inspections",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InspectorId = table.Column<long>(type: "bigint", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspector_leaves", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inspectors",
                schema: "inspections",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    CertificateNo = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Department = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    FieldTags = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspectors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "items",
                schema: "inspections",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SubItems = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Department = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    TargetType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Methods = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Key = table.Column<bool>(type: "boolean", nullable: false),
                    Ratio = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Frequency = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    RequiredTags = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "libraries",
                schema: "inspections",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Types = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    IndustryCodes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    DivisionCodes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Tags = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    LicenceTypes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    RiskClasses = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ActiveOnly = table.Column<bool>(type: "boolean", nullable: false),
                    Exemptions = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_libraries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "plans",
                schema: "inspections",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    ItemIds = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    LibraryIds = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "results",
                schema: "inspections",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TaskId = table.Column<long>(type: "bigint", nullable: false),
                    TargetId = table.Column<long>(type: "bigint", nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    EntityName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Category = table.Column<int>(type: "integer", nullable: false),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    InspectedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EnteredBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    EnteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ConfirmedBy = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ConfirmedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PublishBy = table.Column<DateOnly>(type: "date", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CorrectionReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_results", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "targets",
                schema: "inspections",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TaskId = table.Column<long>(type: "bigint", nullable: false),
                    DrawId = table.Column<long>(type: "bigint", nullable: false),
                    DrawSeq = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    EntityName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LegalRep = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Label = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ReplacedReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_targets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "tasks",
                schema: "inspections",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<long>(type: "bigint", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LibraryId = table.Column<long>(type: "bigint", nullable: false),
                    Mode = table.Column<int>(type: "integer", nullable: false),
                    RatioA = table.Column<decimal>(type: "numeric(6,4)", precision: 6, scale: 4, nullable: true),
                    RatioB = table.Column<decimal>(type: "numeric(6,4)", precision: 6, scale: 4, nullable: true),
                    RatioC = table.Column<decimal>(type: "numeric(6,4)", precision: 6, scale: 4, nullable: true),
                    RatioD = table.Column<decimal>(type: "numeric(6,4)", precision: 6, scale: 4, nullable: true),
                    RatioU = table.Column<decimal>(type: "numeric(6,4)", precision: 6, scale: 4, nullable: true),
                    FixedCount = table.Column<int>(type: "integer", nullable: true),
                    Departments = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    MaxLoad = table.Column<int>(type: "integer", nullable: false),
                    StartOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tasks", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_assignment_rounds_TaskId_TargetId_DepartmentIndex_Round",
                schema: "inspections",
                table: "assignment_rounds",
                columns: new[] { "TaskId", "TargetId", "DepartmentIndex", "Round" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assignments_InspectorId",
                schema: "inspections",
                table: "assignments",
                column: "InspectorId");

            migrationBuilder.CreateIndex(
                name: "IX_assignments_TaskId_TargetId",
                schema: "inspections",
                table: "assignments",
                columns: new[] { "TaskId", "TargetId" });

            migrationBuilder.CreateIndex(
                name: "IX_attachments_ResultId",
                schema: "inspections",
                table: "attachments",
                column: "ResultId");

            migrationBuilder.CreateIndex(
                name: "IX_draws_TaskId_Seq",
                schema: "inspections",
                table: "draws",
                columns: new[] { "TaskId", "Seq" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inspector_conflicts_InspectorId",
                schema: "inspections",
                table: "inspector_conflicts",
                column: "InspectorId");

            migrationBuilder.CreateIndex(
                name: "IX_inspector_leaves_InspectorId",
                schema: "inspections",
                table: "inspector_leaves",
                column: "InspectorId");

            migrationBuilder.CreateIndex(
                name: "IX_inspectors_CertificateNo",
                schema: "inspections",
                table: "inspectors",
                column: "CertificateNo",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inspectors_DivisionCode",
                schema: "inspections",
                table: "inspectors",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_inspectors_UserName",
                schema: "inspections",
                table: "inspectors",
                column: "UserName");

            migrationBuilder.CreateIndex(
                name: "IX_items_DivisionCode",
                schema: "inspections",
                table: "items",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_items_OrgUnitId_Code",
                schema: "inspections",
                table: "items",
                columns: new[] { "OrgUnitId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_libraries_DivisionCode",
                schema: "inspections",
                table: "libraries",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_plans_DivisionCode",
                schema: "inspections",
                table: "plans",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_plans_OrgUnitId_Year",
                schema: "inspections",
                table: "plans",
                columns: new[] { "OrgUnitId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_results_DivisionCode",
                schema: "inspections",
                table: "results",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_results_PublishBy",
                schema: "inspections",
                table: "results",
                column: "PublishBy");

            migrationBuilder.CreateIndex(
                name: "IX_results_TargetId",
                schema: "inspections",
                table: "results",
                column: "TargetId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_results_TaskId_Uscc",
                schema: "inspections",
                table: "results",
                columns: new[] { "TaskId", "Uscc" });

            migrationBuilder.CreateIndex(
                name: "IX_results_Uscc",
                schema: "inspections",
                table: "results",
                column: "Uscc");

            migrationBuilder.CreateIndex(
                name: "IX_targets_DivisionCode",
                schema: "inspections",
                table: "targets",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_targets_TaskId_Uscc",
                schema: "inspections",
                table: "targets",
                columns: new[] { "TaskId", "Uscc" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_targets_Uscc",
                schema: "inspections",
                table: "targets",
                column: "Uscc");

            migrationBuilder.CreateIndex(
                name: "IX_tasks_DivisionCode",
                schema: "inspections",
                table: "tasks",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_tasks_OrgUnitId_StartOn",
                schema: "inspections",
                table: "tasks",
                columns: new[] { "OrgUnitId", "StartOn" });

            migrationBuilder.CreateIndex(
                name: "IX_tasks_PlanId",
                schema: "inspections",
                table: "tasks",
                column: "PlanId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assignment_rounds",
                schema: "inspections");

            migrationBuilder.DropTable(
                name: "assignments",
                schema: "inspections");

            migrationBuilder.DropTable(
                name: "attachments",
                schema: "inspections");

            migrationBuilder.DropTable(
                name: "draw_candidates",
                schema: "inspections");

            migrationBuilder.DropTable(
                name: "draws",
                schema: "inspections");

            migrationBuilder.DropTable(
                name: "inspector_conflicts",
                schema: "inspections");

            migrationBuilder.DropTable(
                name: "inspector_leaves",
                schema: "inspections");

            migrationBuilder.DropTable(
                name: "inspectors",
                schema: "inspections");

            migrationBuilder.DropTable(
                name: "items",
                schema: "inspections");

            migrationBuilder.DropTable(
                name: "libraries",
                schema: "inspections");

            migrationBuilder.DropTable(
                name: "plans",
                schema: "inspections");

            migrationBuilder.DropTable(
                name: "results",
                schema: "inspections");

            migrationBuilder.DropTable(
                name: "targets",
                schema: "inspections");

            migrationBuilder.DropTable(
                name: "tasks",
                schema: "inspections");
        }
    }
}
