using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zhijian.FoodSafety.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Food2 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "food_failures",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Source = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    SourceId = table.Column<long>(type: "bigint", nullable: false),
                    BatchKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SupplierKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SupplierName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Origin = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    ProductName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ProductGroup = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Withdrawn = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_failures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "fuse_notices",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SuspensionId = table.Column<long>(type: "bigint", nullable: false),
                    TestPointId = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fuse_notices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "fuse_rules",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProductGroup = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Basis = table.Column<int>(type: "integer", nullable: false),
                    Threshold = table.Column<int>(type: "integer", nullable: false),
                    WindowDays = table.Column<int>(type: "integer", nullable: false),
                    SuspensionDays = table.Column<int>(type: "integer", nullable: false),
                    CountRapid = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fuse_rules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "rapid_items",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Method = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Groups = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Standard = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rapid_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "rapid_tests",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TestPointId = table.Column<long>(type: "bigint", nullable: false),
                    ClientId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Stall = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    StallOperator = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ProductName = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ProductGroup = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    SupplierName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SupplierUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    Origin = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    BatchRef = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    TraceBatchKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ItemId = table.Column<long>(type: "bigint", nullable: false),
                    ItemName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Method = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Positive = table.Column<bool>(type: "boolean", nullable: false),
                    Value = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    TestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Tester = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    DeliveredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ObjectionBy = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    StopNotice = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ObjectedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ObjectionReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SamplingOrderId = table.Column<long>(type: "bigint", nullable: true),
                    SamplingOrderNumber = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    SettledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PostedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rapid_tests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "suspensions",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    RuleId = table.Column<long>(type: "bigint", nullable: false),
                    RuleVersion = table.Column<int>(type: "integer", nullable: false),
                    ProductGroup = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Basis = table.Column<int>(type: "integer", nullable: false),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SubjectKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    BureauName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EndsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    FailureIds = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    LiftedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LiftReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    LiftedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ExpiredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_suspensions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "test_points",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    OperatorUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    OperatorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_test_points", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_food_failures_Origin_At",
                schema: "food",
                table: "food_failures",
                columns: new[] { "Origin", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_food_failures_ProductName_At",
                schema: "food",
                table: "food_failures",
                columns: new[] { "ProductName", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_food_failures_Source_SourceId",
                schema: "food",
                table: "food_failures",
                columns: new[] { "Source", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_food_failures_SupplierKey_At",
                schema: "food",
                table: "food_failures",
                columns: new[] { "SupplierKey", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_fuse_notices_SuspensionId",
                schema: "food",
                table: "fuse_notices",
                column: "SuspensionId");

            migrationBuilder.CreateIndex(
                name: "IX_fuse_notices_TestPointId",
                schema: "food",
                table: "fuse_notices",
                column: "TestPointId");

            migrationBuilder.CreateIndex(
                name: "IX_fuse_rules_ProductGroup_Version",
                schema: "food",
                table: "fuse_rules",
                columns: new[] { "ProductGroup", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rapid_items_Code",
                schema: "food",
                table: "rapid_items",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rapid_tests_DivisionCode",
                schema: "food",
                table: "rapid_tests",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_rapid_tests_SamplingOrderId",
                schema: "food",
                table: "rapid_tests",
                column: "SamplingOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_rapid_tests_Status_ObjectionBy",
                schema: "food",
                table: "rapid_tests",
                columns: new[] { "Status", "ObjectionBy" });

            migrationBuilder.CreateIndex(
                name: "IX_rapid_tests_TestedAt",
                schema: "food",
                table: "rapid_tests",
                column: "TestedAt");

            migrationBuilder.CreateIndex(
                name: "IX_rapid_tests_TestPointId_ClientId",
                schema: "food",
                table: "rapid_tests",
                columns: new[] { "TestPointId", "ClientId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rapid_tests_TestPointId_TestedAt",
                schema: "food",
                table: "rapid_tests",
                columns: new[] { "TestPointId", "TestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_suspensions_DivisionCode",
                schema: "food",
                table: "suspensions",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_suspensions_Number",
                schema: "food",
                table: "suspensions",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_suspensions_StartedAt",
                schema: "food",
                table: "suspensions",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_suspensions_SubjectKey_ProductGroup",
                schema: "food",
                table: "suspensions",
                columns: new[] { "SubjectKey", "ProductGroup" });

            migrationBuilder.CreateIndex(
                name: "IX_test_points_DivisionCode",
                schema: "food",
                table: "test_points",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_test_points_Name",
                schema: "food",
                table: "test_points",
                column: "Name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "food_failures",
                schema: "food");

            migrationBuilder.DropTable(
                name: "fuse_notices",
                schema: "food");

            migrationBuilder.DropTable(
                name: "fuse_rules",
                schema: "food");

            migrationBuilder.DropTable(
                name: "rapid_items",
                schema: "food");

            migrationBuilder.DropTable(
                name: "rapid_tests",
                schema: "food");

            migrationBuilder.DropTable(
                name: "suspensions",
                schema: "food");

            migrationBuilder.DropTable(
                name: "test_points",
                schema: "food");
        }
    }
}
