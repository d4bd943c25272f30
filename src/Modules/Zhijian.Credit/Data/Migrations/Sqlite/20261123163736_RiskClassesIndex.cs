using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhijian.Credit.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RiskClassesIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_credit_risk_assessments_classes",
                table: "credit_risk_assessments",
                columns: new[] { "Uscc", "Class", "DivisionCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_credit_risk_assessments_classes",
                table: "credit_risk_assessments");
        }
    }
}
