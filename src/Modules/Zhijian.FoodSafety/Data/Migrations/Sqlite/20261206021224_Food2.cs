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
                name: "food_food_failures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    SourceId = table.Column<long>(type: "INTEGER", nullable: false),
                    BatchKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SupplierKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SupplierName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    ProductName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ProductGroup = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Withdrawn = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_food_failures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_fuse_notices",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SuspensionId = table.Column<long>(type: "INTEGER", nullable: false),
                    TestPointId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_fuse_notices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_fuse_rules",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProductGroup = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Basis = table.Column<int>(type: "INTEGER", nullable: false),
                    Threshold = table.Column<int>(type: "INTEGER", nullable: false),
                    WindowDays = table.Column<int>(type: "INTEGER", nullable: false),
                    SuspensionDays = table.Column<int>(type: "INTEGER", nullable: false),
                    CountRapid = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_fuse_rules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_rapid_items",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Groups = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Standard = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_rapid_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_rapid_tests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TestPointId = table.Column<long>(type: "INTEGER", nullable: false),
                    ClientId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Stall = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StallOperator = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ProductName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ProductGroup = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    SupplierName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SupplierUscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    BatchRef = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    TraceBatchKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ItemId = table.Column<long>(type: "INTEGER", nullable: false),
                    ItemName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Positive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    TestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Tester = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    DeliveredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ObjectionBy = table.Column<long>(type: "INTEGER", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    StopNotice = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ObjectedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ObjectionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SamplingOrderId = table.Column<long>(type: "INTEGER", nullable: true),
                    SamplingOrderNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    SettledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PostedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_rapid_tests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_suspensions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    RuleId = table.Column<long>(type: "INTEGER", nullable: false),
                    RuleVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    ProductGroup = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Basis = table.Column<int>(type: "INTEGER", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SubjectKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    BureauName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    FailureIds = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    LiftedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LiftReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    LiftedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ExpiredAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_suspensions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_test_points",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    OperatorUscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    OperatorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_test_points", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_food_food_failures_Origin_At",
                table: "food_food_failures",
                columns: new[] { "Origin", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_food_food_failures_ProductName_At",
                table: "food_food_failures",
                columns: new[] { "ProductName", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_food_food_failures_Source_SourceId",
                table: "food_food_failures",
                columns: new[] { "Source", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_food_food_failures_SupplierKey_At",
                table: "food_food_failures",
                columns: new[] { "SupplierKey", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_food_fuse_notices_SuspensionId",
                table: "food_fuse_notices",
                column: "SuspensionId");

            migrationBuilder.CreateIndex(
                name: "IX_food_fuse_notices_TestPointId",
                table: "food_fuse_notices",
                column: "TestPointId");

            migrationBuilder.CreateIndex(
                name: "IX_food_fuse_rules_ProductGroup_Version",
                table: "food_fuse_rules",
                columns: new[] { "ProductGroup", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_food_rapid_items_Code",
                table: "food_rapid_items",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_food_rapid_tests_DivisionCode",
                table: "food_rapid_tests",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_food_rapid_tests_SamplingOrderId",
                table: "food_rapid_tests",
                column: "SamplingOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_food_rapid_tests_Status_ObjectionBy",
                table: "food_rapid_tests",
                columns: new[] { "Status", "ObjectionBy" });

            migrationBuilder.CreateIndex(
                name: "IX_food_rapid_tests_TestedAt",
                table: "food_rapid_tests",
                column: "TestedAt");

            migrationBuilder.CreateIndex(
                name: "IX_food_rapid_tests_TestPointId_ClientId",
                table: "food_rapid_tests",
                columns: new[] { "TestPointId", "ClientId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_food_rapid_tests_TestPointId_TestedAt",
                table: "food_rapid_tests",
                columns: new[] { "TestPointId", "TestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_food_suspensions_DivisionCode",
                table: "food_suspensions",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_food_suspensions_Number",
                table: "food_suspensions",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_food_suspensions_StartedAt",
                table: "food_suspensions",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_food_suspensions_SubjectKey_ProductGroup",
                table: "food_suspensions",
                columns: new[] { "SubjectKey", "ProductGroup" });

            migrationBuilder.CreateIndex(
                name: "IX_food_test_points_DivisionCode",
                table: "food_test_points",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_food_test_points_Name",
                table: "food_test_points",
                column: "Name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "food_food_failures");

            migrationBuilder.DropTable(
                name: "food_fuse_notices");

            migrationBuilder.DropTable(
                name: "food_fuse_rules");

            migrationBuilder.DropTable(
                name: "food_rapid_items");

            migrationBuilder.DropTable(
                name: "food_rapid_tests");

            migrationBuilder.DropTable(
                name: "food_suspensions");

            migrationBuilder.DropTable(
                name: "food_test_points");
        }
    }
}
