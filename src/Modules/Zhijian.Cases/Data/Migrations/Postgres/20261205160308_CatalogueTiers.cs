using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhijian.Cases.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CatalogueTiers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.UpdateData(
                schema: "cases",
                table: "discretion_bands",
                keyColumn: "Id",
                keyValue: 38,
                column: "FineMax",
                value: 600000m);

            migrationBuilder.UpdateData(
                schema: "cases",
                table: "discretion_bands",
                keyColumn: "Id",
                keyValue: 39,
                columns: new[] { "FineMax", "FineMin" },
                values: new object[] { 1000000m, 600000m });

            migrationBuilder.UpdateData(
                schema: "cases",
                table: "discretion_bands",
                keyColumn: "Id",
                keyValue: 40,
                columns: new[] { "Circumstances", "FineMin" },
                values: new object[] { "情节严重（法定加重幅度）：造成严重危害后果、违法行为持续时间长或者范围广、一年内再次违法、拒不改正", 1000000m });

            migrationBuilder.UpdateData(
                schema: "cases",
                table: "violations",
                keyColumn: "Code",
                keyValue: "BZ20",
                column: "Kinds",
                value: "[\"RevokeBusinessLicence\"]");

            migrationBuilder.UpdateData(
                schema: "cases",
                table: "violations",
                keyColumn: "Code",
                keyValue: "CP49",
                column: "Kinds",
                value: "[\"ConfiscateProperty\",\"ConfiscateIllegalGains\",\"RevokeBusinessLicence\"]");

            migrationBuilder.UpdateData(
                schema: "cases",
                table: "violations",
                keyColumn: "Code",
                keyValue: "DJ46",
                column: "Kinds",
                value: "[]");

            migrationBuilder.UpdateData(
                schema: "cases",
                table: "violations",
                keyColumn: "Code",
                keyValue: "DS76",
                column: "Kinds",
                value: "[]");

            migrationBuilder.UpdateData(
                schema: "cases",
                table: "violations",
                keyColumn: "Code",
                keyValue: "GG55",
                column: "Kinds",
                value: "[]");

            migrationBuilder.UpdateData(
                schema: "cases",
                table: "violations",
                keyColumn: "Code",
                keyValue: "JG13",
                column: "Kinds",
                value: "[\"ConfiscateIllegalGains\"]");

            migrationBuilder.UpdateData(
                schema: "cases",
                table: "violations",
                keyColumn: "Code",
                keyValue: "TZ84",
                column: "Kinds",
                value: "[]");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.UpdateData(
                schema: "cases",
                table: "discretion_bands",
                keyColumn: "Id",
                keyValue: 38,
                column: "FineMax",
                value: 740000m);

            migrationBuilder.UpdateData(
                schema: "cases",
                table: "discretion_bands",
                keyColumn: "Id",
                keyValue: 39,
                columns: new[] { "FineMax", "FineMin" },
                values: new object[] { 1460000m, 740000m });

            migrationBuilder.UpdateData(
                schema: "cases",
                table: "discretion_bands",
                keyColumn: "Id",
                keyValue: 40,
                columns: new[] { "Circumstances", "FineMin" },
                values: new object[] { "有从重情节：造成危害后果、拒不改正、一年内再次违法、对举报人打击报复、在突发事件期间违法", 1460000m });

            migrationBuilder.UpdateData(
                schema: "cases",
                table: "violations",
                keyColumn: "Code",
                keyValue: "BZ20",
                column: "Kinds",
                value: "[\"RevokeLicence\"]");

            migrationBuilder.UpdateData(
                schema: "cases",
                table: "violations",
                keyColumn: "Code",
                keyValue: "CP49",
                column: "Kinds",
                value: "[\"ConfiscateProperty\",\"ConfiscateIllegalGains\",\"RevokeLicence\"]");

            migrationBuilder.UpdateData(
                schema: "cases",
                table: "violations",
                keyColumn: "Code",
                keyValue: "DJ46",
                column: "Kinds",
                value: "[\"Warning\"]");

            migrationBuilder.UpdateData(
                schema: "cases",
                table: "violations",
                keyColumn: "Code",
                keyValue: "DS76",
                column: "Kinds",
                value: "[\"Warning\"]");

            migrationBuilder.UpdateData(
                schema: "cases",
                table: "violations",
                keyColumn: "Code",
                keyValue: "GG55",
                column: "Kinds",
                value: "[\"RevokeLicence\"]");

            migrationBuilder.UpdateData(
                schema: "cases",
                table: "violations",
                keyColumn: "Code",
                keyValue: "JG13",
                column: "Kinds",
                value: "[\"Warning\",\"ConfiscateIllegalGains\"]");

            migrationBuilder.UpdateData(
                schema: "cases",
                table: "violations",
                keyColumn: "Code",
                keyValue: "TZ84",
                column: "Kinds",
                value: "[\"SuspendOperations\"]");
        }
    }
}
