using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zhijian.FoodSafety.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FoodInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "food");

            migrationBuilder.CreateTable(
                name: "businesses",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Type = table.Column<int>(type: "integer", nullable: false),
                    Scale = table.Column<int>(type: "integer", nullable: false),
                    Canteen = table.Column<int>(type: "integer", nullable: false),
                    Premises = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: true),
                    TransparentKitchen = table.Column<bool>(type: "boolean", nullable: false),
                    TransparentKitchenMode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    TransparentKitchenSince = table.Column<DateOnly>(type: "date", nullable: true),
                    Grade = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: true),
                    GradeScore = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true),
                    GradedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_businesses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "disposal_steps",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DisposalId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Seq = table.Column<int>(type: "integer", nullable: false),
                    Label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disposal_steps", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "disposal_tasks",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DisposalId = table.Column<long>(type: "bigint", nullable: false),
                    Role = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: true),
                    Addressee = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Outgoing = table.Column<bool>(type: "boolean", nullable: false),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disposal_tasks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "disposals",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrderId = table.Column<long>(type: "bigint", nullable: false),
                    Number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    OrderNumber = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    BusinessName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FoodName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disposals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "labs",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CmaNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OnRetestList = table.Column<bool>(type: "boolean", nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    ApiClientId = table.Column<int>(type: "integer", nullable: true),
                    ApiClientName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_labs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sampling_events",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrderId = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sampling_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sampling_orders",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Purpose = table.Column<int>(type: "integer", nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Samplers = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NoAdvanceNotice = table.Column<bool>(type: "boolean", nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    BusinessName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BusinessAddress = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Place = table.Column<int>(type: "integer", nullable: false),
                    CategoryCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    FoodName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Brand = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Specification = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    BatchNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    ProductionDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ProducerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ProducerAddress = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ProducerUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    ProducerDivision = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    Quantity = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Reserve = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SampledOn = table.Column<DateOnly>(type: "date", nullable: false),
                    LabId = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ToLabBy = table.Column<DateOnly>(type: "date", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReportBy = table.Column<DateOnly>(type: "date", nullable: true),
                    ReportNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    ReportDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Passed = table.Column<bool>(type: "boolean", nullable: true),
                    MicrobiologicalFailure = table.Column<bool>(type: "boolean", nullable: false),
                    ResultToBureauBy = table.Column<DateOnly>(type: "date", nullable: true),
                    ResultReceivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NoticeBy = table.Column<DateOnly>(type: "date", nullable: true),
                    NoticeServedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RetestApplyBy = table.Column<DateOnly>(type: "date", nullable: true),
                    FinalPassed = table.Column<bool>(type: "boolean", nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PublishedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sampling_orders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sampling_result_items",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrderId = table.Column<long>(type: "bigint", nullable: false),
                    Retest = table.Column<bool>(type: "boolean", nullable: false),
                    Seq = table.Column<int>(type: "integer", nullable: false),
                    Item = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Standard = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StandardValue = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Measured = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Passed = table.Column<bool>(type: "boolean", nullable: false),
                    Microbiological = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sampling_result_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sampling_reviews",
                schema: "food",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrderId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    AppliedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    AcceptBy = table.Column<DateOnly>(type: "date", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    RefusalReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DueBy = table.Column<DateOnly>(type: "date", nullable: true),
                    ExtensionReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Candidates = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CandidateHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Commitment = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Secret = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    PublicValue = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Algorithm = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    PickedLabId = table.Column<long>(type: "bigint", nullable: true),
                    PickedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReportBy = table.Column<DateOnly>(type: "date", nullable: true),
                    ReportNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Upheld = table.Column<bool>(type: "boolean", nullable: true),
                    Decision = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sampling_reviews", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_businesses_DivisionCode",
                schema: "food",
                table: "businesses",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_businesses_Type_Canteen",
                schema: "food",
                table: "businesses",
                columns: new[] { "Type", "Canteen" });

            migrationBuilder.CreateIndex(
                name: "IX_businesses_Uscc",
                schema: "food",
                table: "businesses",
                column: "Uscc");

            migrationBuilder.CreateIndex(
                name: "IX_disposal_steps_DisposalId",
                schema: "food",
                table: "disposal_steps",
                column: "DisposalId");

            migrationBuilder.CreateIndex(
                name: "IX_disposal_tasks_DisposalId",
                schema: "food",
                table: "disposal_tasks",
                column: "DisposalId");

            migrationBuilder.CreateIndex(
                name: "IX_disposals_CompletedOn_DueOn",
                schema: "food",
                table: "disposals",
                columns: new[] { "CompletedOn", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_disposals_DivisionCode",
                schema: "food",
                table: "disposals",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_disposals_Number",
                schema: "food",
                table: "disposals",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_disposals_OrderId",
                schema: "food",
                table: "disposals",
                column: "OrderId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_labs_ApiClientId",
                schema: "food",
                table: "labs",
                column: "ApiClientId");

            migrationBuilder.CreateIndex(
                name: "IX_labs_Name",
                schema: "food",
                table: "labs",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sampling_events_OrderId",
                schema: "food",
                table: "sampling_events",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_sampling_orders_DivisionCode",
                schema: "food",
                table: "sampling_orders",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_sampling_orders_LabId",
                schema: "food",
                table: "sampling_orders",
                column: "LabId");

            migrationBuilder.CreateIndex(
                name: "IX_sampling_orders_Number",
                schema: "food",
                table: "sampling_orders",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sampling_orders_PublishedOn",
                schema: "food",
                table: "sampling_orders",
                column: "PublishedOn");

            migrationBuilder.CreateIndex(
                name: "IX_sampling_orders_ReportNo",
                schema: "food",
                table: "sampling_orders",
                column: "ReportNo");

            migrationBuilder.CreateIndex(
                name: "IX_sampling_orders_Status_SampledOn",
                schema: "food",
                table: "sampling_orders",
                columns: new[] { "Status", "SampledOn" });

            migrationBuilder.CreateIndex(
                name: "IX_sampling_orders_Uscc",
                schema: "food",
                table: "sampling_orders",
                column: "Uscc");

            migrationBuilder.CreateIndex(
                name: "IX_sampling_result_items_OrderId_Retest_Seq",
                schema: "food",
                table: "sampling_result_items",
                columns: new[] { "OrderId", "Retest", "Seq" });

            migrationBuilder.CreateIndex(
                name: "IX_sampling_reviews_OrderId",
                schema: "food",
                table: "sampling_reviews",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_sampling_reviews_Status",
                schema: "food",
                table: "sampling_reviews",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "businesses",
                schema: "food");

            migrationBuilder.DropTable(
                name: "disposal_steps",
                schema: "food");

            migrationBuilder.DropTable(
                name: "disposal_tasks",
                schema: "food");

            migrationBuilder.DropTable(
                name: "disposals",
                schema: "food");

            migrationBuilder.DropTable(
                name: "labs",
                schema: "food");

            migrationBuilder.DropTable(
                name: "sampling_events",
                schema: "food");

            migrationBuilder.DropTable(
                name: "sampling_orders",
                schema: "food");

            migrationBuilder.DropTable(
                name: "sampling_result_items",
                schema: "food");

            migrationBuilder.DropTable(
                name: "sampling_reviews",
                schema: "food");
        }
    }
}
