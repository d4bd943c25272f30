using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Entities.Data;
using Zhijian.Entities.Dataset;
using Zhijian.Entities.Domain;
using Zhijian.Platform.Import;
using Zhijian.Platform.Storage;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Entities;

/// <summary>Issue 16 findings 7 and 11 and the ranges of entity inputs.</summary>
public sealed class InputLimitsTests
{
    [Fact]
    public async Task Finding_7_the_csv_export_of_hundreds_of_kilobytes_arrives_whole_and_masked()
    {
        await using var app = await ZhijianApp.StartAsync(demoEntities: 1_500);
        var leader = await app.LoginAsync("leader"); // the city: every demo entity
        var total = (await leader.GetJsonAsync("/api/v1/entities?pageSize=1")).GetProperty("total").GetInt32();

        var response = await leader.Http.GetAsync("/api/v1/entities/export.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.Length > 200 * 1024, $"{bytes.Length:N0} bytes for {total} entities");
        var records = TabularFile.CsvRecords(new StringReader(System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'))).ToList();
        Assert.Equal(EntityRow.Columns.Select(c => c.Header), records[0].Cells.Cast<string>());
        Assert.Equal(total, records.Count - 1);
        Assert.All(records.Skip(1), r =>
        {
            Assert.Equal(24, r.Cells.Length);
            Assert.True(r.Cells[5] is null || ((string)r.Cells[5]!).Contains('*', StringComparison.Ordinal), $"证件号码 {r.Cells[5]}");
            Assert.True(r.Cells[16] is null || ((string)r.Cells[16]!).Contains('*', StringComparison.Ordinal), $"电话 {r.Cells[16]}");
        });
    }

    [Fact]
    public async Task Finding_11_over_long_text_is_refused_with_the_field_named_and_nothing_is_stored()
    {
        await using var app = await ZhijianApp.StartAsync();
        var registrar = await app.LoginAsync("registrar");
        var body = SampleEntities.Company("济南泉城长文本商贸有限公司");
        body["businessScope"] = new string('售', 349_525);
        body["registrationAuthority"] = new string('局', 349_525);
        body["businessAddress"] = new string('路', 349_525);

        var refused = await registrar.PostJsonAsync("/api/v1/entities", body);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var text = (await refused.ReadJsonAsync()).ProblemText();
        Assert.Contains("经营范围不能超过 4,000 个字符", text);
        Assert.Contains("登记机关不能超过 100 个字符", text);
        Assert.Contains("经营场所不能超过 300 个字符", text);
        Assert.Equal(404, (int)(await registrar.Http.GetAsync($"/api/v1/entities/{body["uscc"]}")).StatusCode);

        // The same through a change of a registered entity.
        var good = SampleEntities.Company("济南泉城短文本商贸有限公司");
        Assert.Equal(HttpStatusCode.Created, (await registrar.PostJsonAsync("/api/v1/entities", good)).StatusCode);
        good["businessScope"] = new string('售', 4_001);
        var change = await registrar.PutJsonAsync($"/api/v1/entities/{good["uscc"]}", good);
        Assert.Equal(HttpStatusCode.BadRequest, change.StatusCode);
        Assert.Contains("经营范围不能超过 4,000 个字符", (await change.ReadJsonAsync()).ProblemText());
        Assert.Equal("食品销售；日用百货销售", (await registrar.GetJsonAsync($"/api/v1/entities/{good["uscc"]}")).Str("businessScope"));
    }

    [Fact]
    public async Task Finding_11_any_text_longer_than_its_column_is_refused_on_save_whatever_the_database()
    {
        await using var app = await ZhijianApp.StartAsync();

        var error = await Assert.ThrowsAsync<ValueTooLongException>(() => app.AsSystemAsync(async sp =>
        {
            var db = sp.GetRequiredService<EntitiesDbContext>();
            db.Entities.Add(new MarketEntity
            {
                Uscc = SampleEntities.NewUscc(),
                Name = "济南泉城直写商贸有限公司",
                LegalRep = "王建华",
                RegisteredAddress = "泉城路 1 号",
                DivisionCode = "370102",
                IndustryCode = "5221",
                RegistrationAuthority = "济南市历下区市场监督管理局",
                BusinessScope = new string('售', 5_000),
                EstablishedOn = new DateOnly(2020, 1, 1),
            });
            return await db.SaveChangesAsync();
        }));

        Assert.Equal("businessScope", error.Field);
        Assert.Equal(4000, error.MaxLength);
        Assert.Contains("businessScope：不能超过 4,000 个字符", error.Message);
        Assert.Equal(0, await app.AsSystemAsync(sp => sp.GetRequiredService<EntitiesDbContext>().Entities.IgnoreQueryFilters().CountAsync()));
    }

    [Theory]
    [InlineData("registeredCapital", "9223372036854775808", "注册资本不能超过")]
    [InlineData("registeredCapital", "-1", "注册资本不能为负数")]
    [InlineData("termFrom", "1800-01-01", "营业期限自 1800-01-01 超出范围")]
    [InlineData("termTo", "2200-01-01", "营业期限至 2200-01-01 超出范围")]
    [InlineData("applicationReceivedAt", "1800-01-01T09:00:00+08:00", "申请受理时间 1800-01-01 超出范围")]
    public async Task Dates_and_amounts_out_of_range_are_refused_in_chinese(string field, string value, string message)
    {
        await using var app = await ZhijianApp.StartAsync();
        var registrar = await app.LoginAsync("registrar");
        var body = SampleEntities.Company("济南泉城范围商贸有限公司");
        body[field] = field == "registeredCapital" ? decimal.Parse(value, CultureInfo.InvariantCulture) : value;

        var refused = await registrar.PostJsonAsync("/api/v1/entities", body);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(message, (await refused.ReadJsonAsync()).ProblemText());
    }

    [Fact]
    public void The_generated_demo_and_bench_data_fits_the_lengths_and_ranges()
    {
        var rows = new EntityDatasetGenerator(7, ["370102", "370103", "370112"], new DateOnly(2026, 11, 23)).Entities(20_000).ToList();

        Assert.All(rows, r =>
        {
            Assert.InRange(r.Name.Length, 1, EntityRules.MaxName);
            Assert.InRange(r.RegisteredAddress.Length, 1, EntityRules.MaxAddress);
            Assert.InRange(r.BusinessAddress?.Length ?? 0, 0, EntityRules.MaxAddress);
            Assert.InRange(r.BusinessScope?.Length ?? 0, 0, EntityRules.MaxBusinessScope);
            Assert.InRange(r.RegistrationAuthority.Length, 1, EntityRules.MaxAuthority);
            Assert.InRange(r.RegisteredCapital ?? 0, 0, EntityRules.MaxCapital);
            Assert.InRange(string.Join(',', r.Tags).Length, 0, EntityRules.MaxTags);
        });
    }
}
