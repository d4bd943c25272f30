using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhijian.FoodSafety.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FoodInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "food_businesses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    Scale = table.Column<int>(type: "INTEGER", nullable: false),
                    Canteen = table.Column<int>(type: "INTEGER", nullable: false),
                    Premises = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    TransparentKitchen = table.Column<bool>(type: "INTEGER", nullable: false),
                    TransparentKitchenMode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    TransparentKitchenSince = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 1, nullable: true),
                    GradeScore = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: true),
                    GradedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_businesses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_disposal_steps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DisposalId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Seq = table.Column<int>(type: "INTEGER", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_disposal_steps", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_disposal_tasks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DisposalId = table.Column<long>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    Addressee = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Outgoing = table.Column<bool>(type: "INTEGER", nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_disposal_tasks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_disposals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrderId = table.Column<long>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    OrderNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    BusinessName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FoodName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_disposals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_labs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CmaNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OnRetestList = table.Column<bool>(type: "INTEGER", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    ApiClientId = table.Column<int>(type: "INTEGER", nullable: true),
                    ApiClientName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_labs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_sampling_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrderId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_sampling_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_sampling_orders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Purpose = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Samplers = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NoAdvanceNotice = table.Column<bool>(type: "INTEGER", nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    BusinessName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BusinessAddress = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Place = table.Column<int>(type: "INTEGER", nullable: false),
                    CategoryCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    FoodName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Brand = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Specification = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    BatchNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    ProductionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ProducerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ProducerAddress = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ProducerUscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    ProducerDivision = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    Quantity = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Reserve = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SampledOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LabId = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ToLabBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReportBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReportNo = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    ReportDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: true),
                    MicrobiologicalFailure = table.Column<bool>(type: "INTEGER", nullable: false),
                    ResultToBureauBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ResultReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NoticeBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NoticeServedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RetestApplyBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FinalPassed = table.Column<bool>(type: "INTEGER", nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_sampling_orders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_sampling_result_items",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrderId = table.Column<long>(type: "INTEGER", nullable: false),
                    Retest = table.Column<bool>(type: "INTEGER", nullable: false),
                    Seq = table.Column<int>(type: "INTEGER", nullable: false),
                    Item = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Standard = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StandardValue = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Measured = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Microbiological = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_sampling_result_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "food_sampling_reviews",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrderId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    AppliedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AcceptBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionNo = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    RefusalReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DueBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExtensionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Candidates = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CandidateHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Commitment = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Secret = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PublicValue = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Algorithm = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    PickedLabId = table.Column<long>(type: "INTEGER", nullable: true),
                    PickedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReportBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReportNo = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Upheld = table.Column<bool>(type: "INTEGER", nullable: true),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_food_sampling_reviews", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_food_businesses_DivisionCode",
                table: "food_businesses",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_food_businesses_Type_Canteen",
                table: "food_businesses",
                columns: new[] { "Type", "Canteen" });

            migrationBuilder.CreateIndex(
                name: "IX_food_businesses_Uscc",
                table: "food_businesses",
                column: "Uscc");

            migrationBuilder.CreateIndex(
                name: "IX_food_disposal_steps_DisposalId",
                table: "food_disposal_steps",
                column: "DisposalId");

            migrationBuilder.CreateIndex(
                name: "IX_food_disposal_tasks_DisposalId",
                table: "food_disposal_tasks",
                column: "DisposalId");

            migrationBuilder.CreateIndex(
                name: "IX_food_disposals_CompletedOn_DueOn",
                table: "food_disposals",
                columns: new[] { "CompletedOn", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_food_disposals_DivisionCode",
                table: "food_disposals",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_food_disposals_Number",
                table: "food_disposals",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_food_disposals_OrderId",
                table: "food_disposals",
                column: "OrderId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_food_labs_ApiClientId",
                table: "food_labs",
                column: "ApiClientId");

            migrationBuilder.CreateIndex(
                name: "IX_food_labs_Name",
                table: "food_labs",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_food_sampling_events_OrderId",
                table: "food_sampling_events",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_food_sampling_orders_DivisionCode",
                table: "food_sampling_orders",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_food_sampling_orders_LabId",
                table: "food_sampling_orders",
                column: "LabId");

            migrationBuilder.CreateIndex(
                name: "IX_food_sampling_orders_Number",
                table: "food_sampling_orders",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_food_sampling_orders_PublishedOn",
                table: "food_sampling_orders",
                column: "PublishedOn");

            migrationBuilder.CreateIndex(
                name: "IX_food_sampling_orders_ReportNo",
                table: "food_sampling_orders",
                column: "ReportNo");

            migrationBuilder.CreateIndex(
                name: "IX_food_sampling_orders_Status_SampledOn",
                table: "food_sampling_orders",
                columns: new[] { "Status", "SampledOn" });

            migrationBuilder.CreateIndex(
                name: "IX_food_sampling_orders_Uscc",
                table: "food_sampling_orders",
                column: "Uscc");

            migrationBuilder.CreateIndex(
                name: "IX_food_sampling_result_items_OrderId_Retest_Seq",
                table: "food_sampling_result_items",
                columns: new[] { "OrderId", "Retest", "Seq" });

            migrationBuilder.CreateIndex(
                name: "IX_food_sampling_reviews_OrderId",
                table: "food_sampling_reviews",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_food_sampling_reviews_Status",
                table: "food_sampling_reviews",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "food_businesses");

            migrationBuilder.DropTable(
                name: "food_disposal_steps");

            migrationBuilder.DropTable(
                name: "food_disposal_tasks");

            migrationBuilder.DropTable(
                name: "food_disposals");

            migrationBuilder.DropTable(
                name: "food_labs");

            migrationBuilder.DropTable(
                name: "food_sampling_events");

            migrationBuilder.DropTable(
                name: "food_sampling_orders");

            migrationBuilder.DropTable(
                name: "food_sampling_result_items");

            migrationBuilder.DropTable(
                name: "food_sampling_reviews");
        }
    }
}
