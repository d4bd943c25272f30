using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Zhijian.Complaints.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "complaints");

            migrationBuilder.CreateTable(
                name: "attachments",
                schema: "complaints",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FilingId = table.Column<long>(type: "bigint", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attachments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "categories",
                schema: "complaints",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Sort = table.Column<int>(type: "integer", nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_categories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "consumer_warnings",
                schema: "complaints",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    CategoryCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Basis = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DraftedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DraftedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_consumer_warnings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "filings",
                schema: "complaints",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SubmissionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Part = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Rules = table.Column<int>(type: "integer", nullable: false),
                    Channel = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    SourceSystem = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    SourceTicketId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    IdempotencyKey = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    RequestHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PersonName = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    PersonPhone = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    PersonIdNumber = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    PersonAddress = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    PhoneKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    PersonKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Anonymous = table.Column<bool>(type: "boolean", nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    TargetName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ShopName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    TargetAddress = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    BusinessChannel = table.Column<int>(type: "integer", nullable: false),
                    PlatformName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OperatingDivision = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    DomicileDivision = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    PublishedAddressDivision = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    PlatformDivision = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    ConductDivision = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    Advertising = table.Column<bool>(type: "boolean", nullable: false),
                    AdPublisherDivision = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    IndustryCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    CategoryCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ProblemCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Facts = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Demand = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    HarmKnownOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ViaOdr = table.Column<bool>(type: "boolean", nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    RoutingBasis = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ReceivedByDivision = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    TransferCount = table.Column<int>(type: "integer", nullable: false),
                    HandlerUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    HandlerName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    ClockStartOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ProvisionalDue = table.Column<bool>(type: "boolean", nullable: false),
                    AcceptBy = table.Column<DateOnly>(type: "date", nullable: false),
                    AcceptedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MediationBy = table.Column<DateOnly>(type: "date", nullable: true),
                    VerifyBy = table.Column<DateOnly>(type: "date", nullable: true),
                    VerifyExtended = table.Column<bool>(type: "boolean", nullable: false),
                    OdrBy = table.Column<DateOnly>(type: "date", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FirstResponseDue = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FirstRespondedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Pauses = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OnTime = table.Column<bool>(type: "boolean", nullable: true),
                    RefusalGround = table.Column<int>(type: "integer", nullable: true),
                    TerminationGround = table.Column<int>(type: "integer", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Recovered = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    Flags = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    DuplicateOfId = table.Column<long>(type: "bigint", nullable: true),
                    Satisfaction = table.Column<int>(type: "integer", nullable: true),
                    SatisfactionComment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    QueryCodeHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_filings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "odr_enterprises",
                schema: "complaints",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Contact = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ApprovedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ApprovedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    KeyHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_odr_enterprises", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "spike_warnings",
                schema: "complaints",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Dimension = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Label = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    WeekStart = table.Column<DateOnly>(type: "date", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    Baseline = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AcknowledgedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_spike_warnings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "steps",
                schema: "complaints",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FilingId = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ActorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Public = table.Column<bool>(type: "boolean", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_steps", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "transfers",
                schema: "complaints",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FilingId = table.Column<long>(type: "bigint", nullable: false),
                    FromOrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    FromOrgUnitName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FromDivision = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    ToOrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    ToOrgUnitName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_transfers", x => x.Id);
                });

            migrationBuilder.InsertData(
                schema: "complaints",
                table: "categories",
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
                name: "IX_attachments_FilingId",
                schema: "complaints",
                table: "attachments",
                column: "FilingId");

            migrationBuilder.CreateIndex(
                name: "IX_categories_Code",
                schema: "complaints",
                table: "categories",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_consumer_warnings_Status_PublishedAt",
                schema: "complaints",
                table: "consumer_warnings",
                columns: new[] { "Status", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_filings_DivisionCode_ReceivedOn",
                schema: "complaints",
                table: "filings",
                columns: new[] { "DivisionCode", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_filings_DueOn",
                schema: "complaints",
                table: "filings",
                column: "DueOn");

            migrationBuilder.CreateIndex(
                name: "IX_filings_HandlerUserName_Status",
                schema: "complaints",
                table: "filings",
                columns: new[] { "HandlerUserName", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_filings_IdempotencyKey_Part",
                schema: "complaints",
                table: "filings",
                columns: new[] { "IdempotencyKey", "Part" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_filings_OrgUnitId_Status_DueOn",
                schema: "complaints",
                table: "filings",
                columns: new[] { "OrgUnitId", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_filings_PersonKey",
                schema: "complaints",
                table: "filings",
                column: "PersonKey");

            migrationBuilder.CreateIndex(
                name: "IX_filings_PhoneKey",
                schema: "complaints",
                table: "filings",
                column: "PhoneKey");

            migrationBuilder.CreateIndex(
                name: "IX_filings_ProvisionalDue",
                schema: "complaints",
                table: "filings",
                column: "ProvisionalDue");

            migrationBuilder.CreateIndex(
                name: "IX_filings_SourceSystem_SourceTicketId_Part",
                schema: "complaints",
                table: "filings",
                columns: new[] { "SourceSystem", "SourceTicketId", "Part" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_filings_SubmissionId",
                schema: "complaints",
                table: "filings",
                column: "SubmissionId");

            migrationBuilder.CreateIndex(
                name: "IX_filings_Uscc_ReceivedOn",
                schema: "complaints",
                table: "filings",
                columns: new[] { "Uscc", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_odr_enterprises_Uscc",
                schema: "complaints",
                table: "odr_enterprises",
                column: "Uscc",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_spike_warnings_Dimension_Key_WeekStart_DivisionCode",
                schema: "complaints",
                table: "spike_warnings",
                columns: new[] { "Dimension", "Key", "WeekStart", "DivisionCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_steps_FilingId",
                schema: "complaints",
                table: "steps",
                column: "FilingId");

            migrationBuilder.CreateIndex(
                name: "IX_transfers_FilingId",
                schema: "complaints",
                table: "transfers",
                column: "FilingId");

            migrationBuilder.CreateIndex(
                name: "IX_transfers_FromOrgUnitId",
                schema: "complaints",
                table: "transfers",
                column: "FromOrgUnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "attachments",
                schema: "complaints");

            migrationBuilder.DropTable(
                name: "categories",
                schema: "complaints");

            migrationBuilder.DropTable(
                name: "consumer_warnings",
                schema: "complaints");

            migrationBuilder.DropTable(
                name: "filings",
                schema: "complaints");

            migrationBuilder.DropTable(
                name: "odr_enterprises",
                schema: "complaints");

            migrationBuilder.DropTable(
                name: "spike_warnings",
                schema: "complaints");

            migrationBuilder.DropTable(
                name: "steps",
                schema: "complaints");

            migrationBuilder.DropTable(
                name: "transfers",
                schema: "complaints");
        }
    }
}
