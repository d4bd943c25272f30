using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhijian.Inspections.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InspectionsInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "inspections_assignment_rounds",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TaskId = table.Column<long>(type: "INTEGER", nullable: false),
                    TargetId = table.Column<long>(type: "INTEGER", nullable: false),
                    DepartmentIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Eligible = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Picked = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Excluded = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspections_assignment_rounds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inspections_assignments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TaskId = table.Column<long>(type: "INTEGER", nullable: false),
                    TargetId = table.Column<long>(type: "INTEGER", nullable: false),
                    DepartmentIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    InspectorId = table.Column<long>(type: "INTEGER", nullable: false),
                    InspectorName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    CertificateNo = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    Recused = table.Column<bool>(type: "INTEGER", nullable: false),
                    RecusalReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AssignedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspections_assignments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inspections_attachments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ResultId = table.Column<long>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspections_attachments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inspections_draw_candidates",
                columns: table => new
                {
                    DrawId = table.Column<long>(type: "INTEGER", nullable: false),
                    Data = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Exempted = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspections_draw_candidates", x => x.DrawId);
                });

            migrationBuilder.CreateTable(
                name: "inspections_draws",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TaskId = table.Column<long>(type: "INTEGER", nullable: false),
                    Seq = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RiskLinked = table.Column<bool>(type: "INTEGER", nullable: false),
                    CandidateCount = table.Column<int>(type: "INTEGER", nullable: false),
                    CandidateHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Commitment = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SecretSealed = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Secret = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Strata = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ExemptionTags = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CommittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CommittedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    WitnessName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    WitnessValue = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DrawnAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DrawnBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspections_draws", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inspections_inspector_conflicts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InspectorId = table.Column<long>(type: "INTEGER", nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    PersonName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DeclaredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspections_inspector_conflicts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inspections_inspector_leaves",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InspectorId = table.Column<long>(type: "INTEGER", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspections_inspector_leaves", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inspections_inspectors",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    CertificateNo = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Department = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    FieldTags = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspections_inspectors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inspections_items",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SubItems = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Department = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    TargetType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Methods = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Key = table.Column<bool>(type: "INTEGER", nullable: false),
                    Ratio = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Frequency = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    RequiredTags = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspections_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inspections_libraries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Types = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    IndustryCodes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    DivisionCodes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Tags = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    LicenceTypes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RiskClasses = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ActiveOnly = table.Column<bool>(type: "INTEGER", nullable: false),
                    Exemptions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspections_libraries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inspections_plans",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ItemIds = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    LibraryIds = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspections_plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inspections_results",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TaskId = table.Column<long>(type: "INTEGER", nullable: false),
                    TargetId = table.Column<long>(type: "INTEGER", nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    EntityName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    InspectedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EnteredBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    EnteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ConfirmedBy = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ConfirmedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PublishBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CorrectionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspections_results", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inspections_targets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TaskId = table.Column<long>(type: "INTEGER", nullable: false),
                    DrawId = table.Column<long>(type: "INTEGER", nullable: false),
                    DrawSeq = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    EntityName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LegalRep = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ReplacedReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspections_targets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inspections_tasks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<long>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LibraryId = table.Column<long>(type: "INTEGER", nullable: false),
                    Mode = table.Column<int>(type: "INTEGER", nullable: false),
                    RatioA = table.Column<decimal>(type: "TEXT", precision: 6, scale: 4, nullable: true),
                    RatioB = table.Column<decimal>(type: "TEXT", precision: 6, scale: 4, nullable: true),
                    RatioC = table.Column<decimal>(type: "TEXT", precision: 6, scale: 4, nullable: true),
                    RatioD = table.Column<decimal>(type: "TEXT", precision: 6, scale: 4, nullable: true),
                    RatioU = table.Column<decimal>(type: "TEXT", precision: 6, scale: 4, nullable: true),
                    FixedCount = table.Column<int>(type: "INTEGER", nullable: true),
                    Departments = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    MaxLoad = table.Column<int>(type: "INTEGER", nullable: false),
                    StartOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspections_tasks", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_inspections_assignment_rounds_TaskId_TargetId_DepartmentIndex_Round",
                table: "inspections_assignment_rounds",
                columns: new[] { "TaskId", "TargetId", "DepartmentIndex", "Round" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inspections_assignments_InspectorId",
                table: "inspections_assignments",
                column: "InspectorId");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_assignments_TaskId_TargetId",
                table: "inspections_assignments",
                columns: new[] { "TaskId", "TargetId" });

            migrationBuilder.CreateIndex(
                name: "IX_inspections_attachments_ResultId",
                table: "inspections_attachments",
                column: "ResultId");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_draws_TaskId_Seq",
                table: "inspections_draws",
                columns: new[] { "TaskId", "Seq" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inspections_inspector_conflicts_InspectorId",
                table: "inspections_inspector_conflicts",
                column: "InspectorId");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_inspector_leaves_InspectorId",
                table: "inspections_inspector_leaves",
                column: "InspectorId");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_inspectors_CertificateNo",
                table: "inspections_inspectors",
                column: "CertificateNo",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inspections_inspectors_DivisionCode",
                table: "inspections_inspectors",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_inspectors_UserName",
                table: "inspections_inspectors",
                column: "UserName");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_items_DivisionCode",
                table: "inspections_items",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_items_OrgUnitId_Code",
                table: "inspections_items",
                columns: new[] { "OrgUnitId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inspections_libraries_DivisionCode",
                table: "inspections_libraries",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_plans_DivisionCode",
                table: "inspections_plans",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_plans_OrgUnitId_Year",
                table: "inspections_plans",
                columns: new[] { "OrgUnitId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_inspections_results_DivisionCode",
                table: "inspections_results",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_results_PublishBy",
                table: "inspections_results",
                column: "PublishBy");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_results_TargetId",
                table: "inspections_results",
                column: "TargetId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inspections_results_TaskId_Uscc",
                table: "inspections_results",
                columns: new[] { "TaskId", "Uscc" });

            migrationBuilder.CreateIndex(
                name: "IX_inspections_results_Uscc",
                table: "inspections_results",
                column: "Uscc");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_targets_DivisionCode",
                table: "inspections_targets",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_targets_TaskId_Uscc",
                table: "inspections_targets",
                columns: new[] { "TaskId", "Uscc" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inspections_targets_Uscc",
                table: "inspections_targets",
                column: "Uscc");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_tasks_DivisionCode",
                table: "inspections_tasks",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_tasks_OrgUnitId_StartOn",
                table: "inspections_tasks",
                columns: new[] { "OrgUnitId", "StartOn" });

            migrationBuilder.CreateIndex(
                name: "IX_inspections_tasks_PlanId",
                table: "inspections_tasks",
                column: "PlanId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inspections_assignment_rounds");

            migrationBuilder.DropTable(
                name: "inspections_assignments");

            migrationBuilder.DropTable(
                name: "inspections_attachments");

            migrationBuilder.DropTable(
                name: "inspections_draw_candidates");

            migrationBuilder.DropTable(
                name: "inspections_draws");

            migrationBuilder.DropTable(
                name: "inspections_inspector_conflicts");

            migrationBuilder.DropTable(
                name: "inspections_inspector_leaves");

            migrationBuilder.DropTable(
                name: "inspections_inspectors");

            migrationBuilder.DropTable(
                name: "inspections_items");

            migrationBuilder.DropTable(
                name: "inspections_libraries");

            migrationBuilder.DropTable(
                name: "inspections_plans");

            migrationBuilder.DropTable(
                name: "inspections_results");

            migrationBuilder.DropTable(
                name: "inspections_targets");

            migrationBuilder.DropTable(
                name: "inspections_tasks");
        }
    }
}
