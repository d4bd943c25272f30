using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Zhijian.Prices.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PricesInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "prices_averages",
                columns: table => new
                {
                    GoodCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Week = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SumFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    MinFen = table.Column<long>(type: "INTEGER", nullable: false),
                    MaxFen = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_prices_averages", x => new { x.GoodCode, x.DivisionCode, x.On });
                });

            migrationBuilder.CreateTable(
                name: "prices_change_rules",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GroupId = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    GoodCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Window = table.Column<int>(type: "INTEGER", nullable: false),
                    Direction = table.Column<int>(type: "INTEGER", nullable: false),
                    Percent = table.Column<decimal>(type: "TEXT", precision: 8, scale: 2, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EffectiveTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_prices_change_rules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "prices_fee_cases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    FeeItemId = table.Column<long>(type: "INTEGER", nullable: true),
                    ChargerKind = table.Column<int>(type: "INTEGER", nullable: false),
                    ChargerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ComplaintNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    County = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Inspectors = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ConcludedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Finding = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ViolationKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    RefundOrdered = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    Enterprises = table.Column<int>(type: "INTEGER", nullable: false),
                    RefundDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RefundMade = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    RefundedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClueSent = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_prices_fee_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "prices_fee_items",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ChargerKind = table.Column<int>(type: "INTEGER", nullable: false),
                    ChargerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Standard = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    County = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeactivatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_prices_fee_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "prices_fee_refunds",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    RefundedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    County = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_prices_fee_refunds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "prices_goods",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    PointKinds = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Daily = table.Column<bool>(type: "INTEGER", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_prices_goods", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "prices_inspection_items",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InspectionId = table.Column<long>(type: "INTEGER", nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_prices_inspection_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "prices_inspections",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TargetUscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    TargetName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    County = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Online = table.Column<bool>(type: "INTEGER", nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CheckedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Inspectors = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    WarningId = table.Column<long>(type: "INTEGER", nullable: true),
                    Items = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemsFailed = table.Column<int>(type: "INTEGER", nullable: false),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Unmarked = table.Column<bool>(type: "INTEGER", nullable: false),
                    Fraud = table.Column<bool>(type: "INTEGER", nullable: false),
                    IllegalGains = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    PenaltyRange = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ClueSent = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_prices_inspections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "prices_observations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PointId = table.Column<long>(type: "INTEGER", nullable: false),
                    GoodCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PriceFen = table.Column<long>(type: "INTEGER", nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    County = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_prices_observations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "prices_points",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    County = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_prices_points", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "prices_warnings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RuleKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RuleName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RuleVersion = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    RuleVersionId = table.Column<long>(type: "INTEGER", nullable: true),
                    GoodCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    GoodName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 12, scale: 4, nullable: false),
                    ValueUnit = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Inputs = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RaisedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NoticeSent = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    HandledNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    HandledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    HandledBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_prices_warnings", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "prices_goods",
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
                name: "IX_prices_averages_GoodCode_DivisionCode_Week",
                table: "prices_averages",
                columns: new[] { "GoodCode", "DivisionCode", "Week" });

            migrationBuilder.CreateIndex(
                name: "IX_prices_change_rules_GoodCode_EffectiveFrom",
                table: "prices_change_rules",
                columns: new[] { "GoodCode", "EffectiveFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_prices_change_rules_GroupId_Version",
                table: "prices_change_rules",
                columns: new[] { "GroupId", "Version" });

            migrationBuilder.CreateIndex(
                name: "IX_prices_fee_cases_County_OpenedOn",
                table: "prices_fee_cases",
                columns: new[] { "County", "OpenedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_prices_fee_cases_FeeItemId",
                table: "prices_fee_cases",
                column: "FeeItemId");

            migrationBuilder.CreateIndex(
                name: "IX_prices_fee_cases_Number",
                table: "prices_fee_cases",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_prices_fee_items_County",
                table: "prices_fee_items",
                column: "County");

            migrationBuilder.CreateIndex(
                name: "IX_prices_fee_refunds_CaseId",
                table: "prices_fee_refunds",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_prices_fee_refunds_County_RefundedOn",
                table: "prices_fee_refunds",
                columns: new[] { "County", "RefundedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_prices_inspection_items_InspectionId",
                table: "prices_inspection_items",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_prices_inspections_County_CheckedOn",
                table: "prices_inspections",
                columns: new[] { "County", "CheckedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_prices_inspections_Number",
                table: "prices_inspections",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_prices_inspections_TargetUscc",
                table: "prices_inspections",
                column: "TargetUscc");

            migrationBuilder.CreateIndex(
                name: "IX_prices_observations_GoodCode_On",
                table: "prices_observations",
                columns: new[] { "GoodCode", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_prices_observations_PointId_GoodCode_On",
                table: "prices_observations",
                columns: new[] { "PointId", "GoodCode", "On" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_prices_points_Code",
                table: "prices_points",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_prices_points_County",
                table: "prices_points",
                column: "County");

            migrationBuilder.CreateIndex(
                name: "IX_prices_warnings_Number",
                table: "prices_warnings",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_prices_warnings_PeriodEnd_Level",
                table: "prices_warnings",
                columns: new[] { "PeriodEnd", "Level" });

            migrationBuilder.CreateIndex(
                name: "IX_prices_warnings_RuleKey_GoodCode_DivisionCode_PeriodStart",
                table: "prices_warnings",
                columns: new[] { "RuleKey", "GoodCode", "DivisionCode", "PeriodStart" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "prices_averages");

            migrationBuilder.DropTable(
                name: "prices_change_rules");

            migrationBuilder.DropTable(
                name: "prices_fee_cases");

            migrationBuilder.DropTable(
                name: "prices_fee_items");

            migrationBuilder.DropTable(
                name: "prices_fee_refunds");

            migrationBuilder.DropTable(
                name: "prices_goods");

            migrationBuilder.DropTable(
                name: "prices_inspection_items");

            migrationBuilder.DropTable(
                name: "prices_inspections");

            migrationBuilder.DropTable(
                name: "prices_observations");

            migrationBuilder.DropTable(
                name: "prices_points");

            migrationBuilder.DropTable(
                name: "prices_warnings");
        }
    }
}
