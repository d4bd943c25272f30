using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Zhijian.Prices.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PricesInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "prices");

            migrationBuilder.CreateTable(
                name: "averages",
                schema: "prices",
                columns: table => new
                {
                    GoodCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Week = table.Column<DateOnly>(type: "date", nullable: false),
                    SumFen = table.Column<long>(type: "bigint", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    MinFen = table.Column<long>(type: "bigint", nullable: false),
                    MaxFen = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_averages", x => new { x.GoodCode, x.DivisionCode, x.On });
                });

            migrationBuilder.CreateTable(
                name: "change_rules",
                schema: "prices",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    GroupId = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    GoodCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Window = table.Column<int>(type: "integer", nullable: false),
                    Direction = table.Column<int>(type: "integer", nullable: false),
                    Percent = table.Column<decimal>(type: "numeric(8,2)", precision: 8, scale: 2, nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    EffectiveTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_change_rules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "fee_cases",
                schema: "prices",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    FeeItemId = table.Column<long>(type: "bigint", nullable: true),
                    ChargerKind = table.Column<int>(type: "integer", nullable: false),
                    ChargerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ComplaintNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    County = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Subject = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Inspectors = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ConcludedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Finding = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ViolationKind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    RefundOrdered = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    Enterprises = table.Column<int>(type: "integer", nullable: false),
                    RefundDue = table.Column<DateOnly>(type: "date", nullable: true),
                    RefundMade = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    RefundedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClueSent = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fee_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "fee_items",
                schema: "prices",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ChargerKind = table.Column<int>(type: "integer", nullable: false),
                    ChargerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Standard = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    County = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    DeactivatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fee_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "fee_refunds",
                schema: "prices",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    RefundedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    County = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fee_refunds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "goods",
                schema: "prices",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Category = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Grade = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    PointKinds = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Daily = table.Column<bool>(type: "boolean", nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_goods", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "inspection_items",
                schema: "prices",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InspectionId = table.Column<long>(type: "bigint", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Passed = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspection_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inspections",
                schema: "prices",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TargetUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    TargetName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    County = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Online = table.Column<bool>(type: "boolean", nullable: false),
                    Url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CheckedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Inspectors = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    WarningId = table.Column<long>(type: "bigint", nullable: true),
                    Items = table.Column<int>(type: "integer", nullable: false),
                    ItemsFailed = table.Column<int>(type: "integer", nullable: false),
                    Passed = table.Column<bool>(type: "boolean", nullable: false),
                    Unmarked = table.Column<bool>(type: "boolean", nullable: false),
                    Fraud = table.Column<bool>(type: "boolean", nullable: false),
                    IllegalGains = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    PenaltyRange = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Evidence = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ClueSent = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "observations",
                schema: "prices",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PointId = table.Column<long>(type: "bigint", nullable: false),
                    GoodCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    PriceFen = table.Column<long>(type: "bigint", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    County = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Source = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_observations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "points",
                schema: "prices",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    County = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_points", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "warnings",
                schema: "prices",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RuleKey = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RuleName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RuleVersion = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    RuleVersionId = table.Column<long>(type: "bigint", nullable: true),
                    GoodCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    GoodName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    Period = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    Value = table.Column<decimal>(type: "numeric(12,4)", precision: 12, scale: 4, nullable: false),
                    ValueUnit = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Inputs = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Message = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    NoticeSent = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    HandledNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    HandledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    HandledBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_warnings", x => x.Id);
                });

            migrationBuilder.InsertData(
                schema: "prices",
                table: "goods",
                columns: new[] { "Code", "Active", "Category", "Daily", "Grade", "Name", "PointKinds", "SortOrder", "Unit" },
                values: new object[,]
                {
                    { "apple", true, "水果", true, "富士", "苹果", "1,2", 210, "元/500克" },
                    { "banana", true, "水果", true, null, "香蕉", "1,2", 220, "元/500克" },
                    { "beef", true, "畜禽", true, null, "牛肉（鲜）", "1,2", 50, "元/500克" },
                    { "cabbage", true, "蔬菜", true, null, "大白菜", "1,2", 130, "元/500克" },
                    { "carp", true, "水产品", true, "活", "鲤鱼", "1,2", 240, "元/500克" },
                    { "celery", true, "蔬菜", true, null, "芹菜", "1,2", 170, "元/500克" },
                    { "chicken", true, "畜禽", true, null, "白条鸡", "1,2", 70, "元/500克" },
                    { "clinic-fee", true, "医疗", false, "三级医院普通门诊", "门诊诊查费", "6", 300, "元/次" },
                    { "corn-2", true, "粮食", false, "国标二等", "玉米", "3", 20, "元/公斤" },
                    { "cucumber", true, "蔬菜", true, null, "黄瓜", "1,2", 160, "元/500克" },
                    { "diesel-0", true, "能源", true, null, "柴油（0号）", "5", 270, "元/升" },
                    { "egg", true, "蛋类", true, "散装", "鸡蛋", "1,2", 80, "元/500克" },
                    { "eggplant", true, "蔬菜", true, null, "茄子", "1,2", 200, "元/500克" },
                    { "flour", true, "粮食", true, "特一粉", "面粉", "1,2", 100, "元/500克" },
                    { "gas-residential", true, "能源", false, "第一阶梯", "管道天然气（居民）", "6", 280, "元/立方米" },
                    { "gasoline-92", true, "能源", true, null, "汽油（92号）", "5", 260, "元/升" },
                    { "hairtail", true, "水产品", true, "冻", "带鱼", "1,2", 230, "元/500克" },
                    { "hog", true, "畜禽", false, "出场价", "生猪（外三元）", "4", 10, "元/公斤" },
                    { "kindergarten-fee", true, "教育", false, "省级示范园", "公办幼儿园保教费", "6", 290, "元/月" },
                    { "milk", true, "奶类", true, "盒装", "纯牛奶", "2", 250, "元/250毫升" },
                    { "mutton", true, "畜禽", true, null, "羊肉（鲜）", "1,2", 60, "元/500克" },
                    { "oil-peanut", true, "食用油", true, "一级压榨", "花生油", "1,2", 110, "元/5升" },
                    { "oil-soy", true, "食用油", true, "一级", "大豆油", "1,2", 120, "元/5升" },
                    { "pepper", true, "蔬菜", true, null, "青椒", "1,2", 180, "元/500克" },
                    { "pork-belly", true, "畜禽", true, null, "猪肉（五花肉）", "1,2", 40, "元/500克" },
                    { "pork-lean", true, "畜禽", true, null, "猪肉（精瘦肉）", "1,2", 30, "元/500克" },
                    { "potato", true, "蔬菜", true, null, "土豆", "1,2", 140, "元/500克" },
                    { "radish", true, "蔬菜", true, null, "白萝卜", "1,2", 190, "元/500克" },
                    { "rice", true, "粮食", true, "粳米标一", "大米", "1,2", 90, "元/500克" },
                    { "tomato", true, "蔬菜", true, null, "西红柿", "1,2", 150, "元/500克" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_averages_GoodCode_DivisionCode_Week",
                schema: "prices",
                table: "averages",
                columns: new[] { "GoodCode", "DivisionCode", "Week" });

            migrationBuilder.CreateIndex(
                name: "IX_change_rules_GoodCode_EffectiveFrom",
                schema: "prices",
                table: "change_rules",
                columns: new[] { "GoodCode", "EffectiveFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_change_rules_GroupId_Version",
                schema: "prices",
                table: "change_rules",
                columns: new[] { "GroupId", "Version" });

            migrationBuilder.CreateIndex(
                name: "IX_fee_cases_County_OpenedOn",
                schema: "prices",
                table: "fee_cases",
                columns: new[] { "County", "OpenedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_fee_cases_FeeItemId",
                schema: "prices",
                table: "fee_cases",
                column: "FeeItemId");

            migrationBuilder.CreateIndex(
                name: "IX_fee_cases_Number",
                schema: "prices",
                table: "fee_cases",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_fee_items_County",
                schema: "prices",
                table: "fee_items",
                column: "County");

            migrationBuilder.CreateIndex(
                name: "IX_fee_refunds_CaseId",
                schema: "prices",
                table: "fee_refunds",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_fee_refunds_County_RefundedOn",
                schema: "prices",
                table: "fee_refunds",
                columns: new[] { "County", "RefundedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_inspection_items_InspectionId",
                schema: "prices",
                table: "inspection_items",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_County_CheckedOn",
                schema: "prices",
                table: "inspections",
                columns: new[] { "County", "CheckedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_inspections_Number",
                schema: "prices",
                table: "inspections",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inspections_TargetUscc",
                schema: "prices",
                table: "inspections",
                column: "TargetUscc");

            migrationBuilder.CreateIndex(
                name: "IX_observations_GoodCode_On",
                schema: "prices",
                table: "observations",
                columns: new[] { "GoodCode", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_observations_PointId_GoodCode_On",
                schema: "prices",
                table: "observations",
                columns: new[] { "PointId", "GoodCode", "On" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_points_Code",
                schema: "prices",
                table: "points",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_points_County",
                schema: "prices",
                table: "points",
                column: "County");

            migrationBuilder.CreateIndex(
                name: "IX_warnings_Number",
                schema: "prices",
                table: "warnings",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_warnings_PeriodEnd_Level",
                schema: "prices",
                table: "warnings",
                columns: new[] { "PeriodEnd", "Level" });

            migrationBuilder.CreateIndex(
                name: "IX_warnings_RuleKey_GoodCode_DivisionCode_PeriodStart",
                schema: "prices",
                table: "warnings",
                columns: new[] { "RuleKey", "GoodCode", "DivisionCode", "PeriodStart" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "averages",
                schema: "prices");

            migrationBuilder.DropTable(
                name: "change_rules",
                schema: "prices");

            migrationBuilder.DropTable(
                name: "fee_cases",
                schema: "prices");

            migrationBuilder.DropTable(
                name: "fee_items",
                schema: "prices");

            migrationBuilder.DropTable(
                name: "fee_refunds",
                schema: "prices");

            migrationBuilder.DropTable(
                name: "goods",
                schema: "prices");

            migrationBuilder.DropTable(
                name: "inspection_items",
                schema: "prices");

            migrationBuilder.DropTable(
                name: "inspections",
                schema: "prices");

            migrationBuilder.DropTable(
                name: "observations",
                schema: "prices");

            migrationBuilder.DropTable(
                name: "points",
                schema: "prices");

            migrationBuilder.DropTable(
                name: "warnings",
                schema: "prices");
        }
    }
}
