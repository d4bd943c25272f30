using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Zhijian.Complaints.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "complaints_attachments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FilingId = table.Column<long>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_complaints_attachments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "complaints_categories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Sort = table.Column<int>(type: "INTEGER", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_complaints_categories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "complaints_consumer_warnings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    CategoryCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DraftedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DraftedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_complaints_consumer_warnings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "complaints_filings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SubmissionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Part = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Rules = table.Column<int>(type: "INTEGER", nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceSystem = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    SourceTicketId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    RequestHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PersonName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    PersonPhone = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    PersonIdNumber = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    PersonAddress = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PhoneKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PersonKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Anonymous = table.Column<bool>(type: "INTEGER", nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    TargetName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ShopName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TargetAddress = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    BusinessChannel = table.Column<int>(type: "INTEGER", nullable: false),
                    PlatformName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OperatingDivision = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    DomicileDivision = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    PublishedAddressDivision = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    PlatformDivision = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    ConductDivision = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    Advertising = table.Column<bool>(type: "INTEGER", nullable: false),
                    AdPublisherDivision = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    IndustryCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    CategoryCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ProblemCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Facts = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Demand = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    HarmKnownOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ViaOdr = table.Column<bool>(type: "INTEGER", nullable: false),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    RoutingBasis = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ReceivedByDivision = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    TransferCount = table.Column<int>(type: "INTEGER", nullable: false),
                    HandlerUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    HandlerName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ClockStartOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ProvisionalDue = table.Column<bool>(type: "INTEGER", nullable: false),
                    AcceptBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AcceptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MediationBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    VerifyBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    VerifyExtended = table.Column<bool>(type: "INTEGER", nullable: false),
                    OdrBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FirstResponseDue = table.Column<long>(type: "INTEGER", nullable: false),
                    FirstRespondedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Pauses = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OnTime = table.Column<bool>(type: "INTEGER", nullable: true),
                    RefusalGround = table.Column<int>(type: "INTEGER", nullable: true),
                    TerminationGround = table.Column<int>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Recovered = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    Flags = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    DuplicateOfId = table.Column<long>(type: "INTEGER", nullable: true),
                    Satisfaction = table.Column<int>(type: "INTEGER", nullable: true),
                    SatisfactionComment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    QueryCodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_complaints_filings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "complaints_odr_enterprises",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ApprovedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    KeyHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_complaints_odr_enterprises", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "complaints_spike_warnings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Dimension = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    WeekStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Baseline = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: false),
                    RaisedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AcknowledgedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_complaints_spike_warnings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "complaints_steps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FilingId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Public = table.Column<bool>(type: "INTEGER", nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_complaints_steps", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "complaints_transfers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FilingId = table.Column<long>(type: "INTEGER", nullable: false),
                    FromOrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    FromOrgUnitName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FromDivision = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ToOrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    ToOrgUnitName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_complaints_transfers", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "complaints_categories",
                columns: new[] { "Id", "Active", "Code", "Kind", "Name", "Sort" },
                values: new object[,]
                {
                    { 1, true, "G01", 1, "食品", 1 },
                    { 2, true, "G02", 1, "家用电器", 2 },
                    { 3, true, "G03", 1, "通讯器材（手机等）", 3 },
                    { 4, true, "G04", 1, "服装鞋帽", 4 },
                    { 5, true, "G05", 1, "日用商品", 5 },
                    { 6, true, "G06", 1, "化妆品", 6 },
                    { 7, true, "G07", 1, "交通工具（汽车、电动自行车）", 7 },
                    { 8, true, "G08", 1, "房屋及建材", 8 },
                    { 9, true, "G09", 1, "医药及医疗用品", 9 },
                    { 10, true, "G10", 1, "计算机及配件", 10 },
                    { 11, true, "G11", 1, "烟酒和饮料", 11 },
                    { 12, true, "G12", 1, "首饰及文体用品", 12 },
                    { 13, true, "G13", 1, "农用生产资料", 13 },
                    { 14, true, "G99", 1, "其他商品", 14 },
                    { 15, true, "S01", 2, "餐饮和住宿服务", 15 },
                    { 16, true, "S02", 2, "美容美发美体服务", 16 },
                    { 17, true, "S03", 2, "教育培训服务", 17 },
                    { 18, true, "S04", 2, "电信服务", 18 },
                    { 19, true, "S05", 2, "互联网服务", 19 },
                    { 20, true, "S06", 2, "文化娱乐体育服务", 20 },
                    { 21, true, "S07", 2, "旅游服务", 21 },
                    { 22, true, "S08", 2, "销售服务（含网络购物）", 22 },
                    { 23, true, "S09", 2, "居民服务（家政、维修等）", 23 },
                    { 24, true, "S10", 2, "房屋装修及物业服务", 24 },
                    { 25, true, "S11", 2, "交通运输服务", 25 },
                    { 26, true, "S12", 2, "邮政快递服务", 26 },
                    { 27, true, "S13", 2, "金融保险服务", 27 },
                    { 28, true, "S14", 2, "卫生保健服务", 28 },
                    { 29, true, "S15", 2, "预付卡（单用途商业预付卡）服务", 29 },
                    { 30, true, "S99", 2, "其他服务", 30 },
                    { 31, true, "P01", 3, "质量", 31 },
                    { 32, true, "P02", 3, "安全", 32 },
                    { 33, true, "P03", 3, "售后服务", 33 },
                    { 34, true, "P04", 3, "合同", 34 },
                    { 35, true, "P05", 3, "价格", 35 },
                    { 36, true, "P06", 3, "虚假宣传", 36 },
                    { 37, true, "P07", 3, "计量", 37 },
                    { 38, true, "P08", 3, "假冒伪劣", 38 },
                    { 39, true, "P09", 3, "人格尊严", 39 },
                    { 40, true, "P10", 3, "个人信息", 40 },
                    { 41, true, "P11", 3, "预付款退费", 41 },
                    { 42, true, "P99", 3, "其他", 42 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_complaints_attachments_FilingId",
                table: "complaints_attachments",
                column: "FilingId");

            migrationBuilder.CreateIndex(
                name: "IX_complaints_categories_Code",
                table: "complaints_categories",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_complaints_consumer_warnings_Status_PublishedAt",
                table: "complaints_consumer_warnings",
                columns: new[] { "Status", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_complaints_filings_DivisionCode_ReceivedOn",
                table: "complaints_filings",
                columns: new[] { "DivisionCode", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_complaints_filings_DueOn",
                table: "complaints_filings",
                column: "DueOn");

            migrationBuilder.CreateIndex(
                name: "IX_complaints_filings_HandlerUserName_Status",
                table: "complaints_filings",
                columns: new[] { "HandlerUserName", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_complaints_filings_IdempotencyKey_Part",
                table: "complaints_filings",
                columns: new[] { "IdempotencyKey", "Part" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_complaints_filings_OrgUnitId_Status_DueOn",
                table: "complaints_filings",
                columns: new[] { "OrgUnitId", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_complaints_filings_PersonKey",
                table: "complaints_filings",
                column: "PersonKey");

            migrationBuilder.CreateIndex(
                name: "IX_complaints_filings_PhoneKey",
                table: "complaints_filings",
                column: "PhoneKey");

            migrationBuilder.CreateIndex(
                name: "IX_complaints_filings_ProvisionalDue",
                table: "complaints_filings",
                column: "ProvisionalDue");

            migrationBuilder.CreateIndex(
                name: "IX_complaints_filings_SourceSystem_SourceTicketId_Part",
                table: "complaints_filings",
                columns: new[] { "SourceSystem", "SourceTicketId", "Part" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_complaints_filings_SubmissionId",
                table: "complaints_filings",
                column: "SubmissionId");

            migrationBuilder.CreateIndex(
                name: "IX_complaints_filings_Uscc_ReceivedOn",
                table: "complaints_filings",
                columns: new[] { "Uscc", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_complaints_odr_enterprises_Uscc",
                table: "complaints_odr_enterprises",
                column: "Uscc",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_complaints_spike_warnings_Dimension_Key_WeekStart_DivisionCode",
                table: "complaints_spike_warnings",
                columns: new[] { "Dimension", "Key", "WeekStart", "DivisionCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_complaints_steps_FilingId",
                table: "complaints_steps",
                column: "FilingId");

            migrationBuilder.CreateIndex(
                name: "IX_complaints_transfers_FilingId",
                table: "complaints_transfers",
                column: "FilingId");

            migrationBuilder.CreateIndex(
                name: "IX_complaints_transfers_FromOrgUnitId",
                table: "complaints_transfers",
                column: "FromOrgUnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "complaints_attachments");

            migrationBuilder.DropTable(
                name: "complaints_categories");

            migrationBuilder.DropTable(
                name: "complaints_consumer_warnings");

            migrationBuilder.DropTable(
                name: "complaints_filings");

            migrationBuilder.DropTable(
                name: "complaints_odr_enterprises");

            migrationBuilder.DropTable(
                name: "complaints_spike_warnings");

            migrationBuilder.DropTable(
                name: "complaints_steps");

            migrationBuilder.DropTable(
                name: "complaints_transfers");
        }
    }
}
