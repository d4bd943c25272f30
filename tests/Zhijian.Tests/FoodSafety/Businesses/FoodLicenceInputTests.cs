using System.Net;
using System.Text;
using Zhijian.Tests.Infrastructure;
using static Zhijian.Tests.FoodSafety.Businesses.FoodBusinessTestKit;

namespace Zhijian.Tests.FoodSafety.Businesses;

[Trait("Database", "any")] // the HTTP surface: validation and the import kit, the same on every engine
public sealed class FoodLicenceInputTests
{
    [Fact]
    public async Task The_code_endpoint_answers_anyone_with_kind_area_and_business_type_or_the_reason()
    {
        await using var app = await ZhijianApp.StartAsync();
        var anonymous = app.Anonymous();
        var ok = await OkAsync(await anonymous.GetAsync("/api/v1/codes/food-licence/JY33701020000011"));
        Assert.Equal((true, "JY", "370102", "单位食堂"), (ok.GetProperty("valid").GetBoolean(), ok.Str("kind"), ok.Str("divisionCode"), ok.Str("businessType")));
        var bad = await OkAsync(await anonymous.GetAsync("/api/v1/codes/food-licence/JY19901020012345"));
        Assert.False(bad.GetProperty("valid").GetBoolean());
        Assert.Contains("990102", bad.Str("reason"), StringComparison.Ordinal);
        var filing = await OkAsync(await anonymous.GetAsync("/api/v1/codes/food-licence/YB13701020001?kind=备案"));
        Assert.Equal((true, "备案"), (filing.GetProperty("valid").GetBoolean(), filing.Str("kind")));
    }

    [Fact]
    public async Task A_foreign_area_code_or_an_unknown_entity_is_refused_naming_the_field_and_nothing_is_written()
    {
        await using var app = await ZhijianApp.StartAsync();
        var registrar = await app.LoginAsync("registrar");
        var uscc = await RegisterCompanyAsync(registrar, "济南泉城小吃店有限公司");

        var foreign = await OkAsync(await registrar.PostJsonAsync("/api/v1/food/licences", Licence(uscc, "JY29901020001234")), HttpStatusCode.BadRequest);
        Assert.Contains("990102", foreign.GetProperty("errors").GetProperty("number")[0].GetString(), StringComparison.Ordinal);
        var unknown = await OkAsync(await registrar.PostJsonAsync("/api/v1/food/licences", Licence(Entities.SampleEntities.NewUscc(), "JY23701020001234")), HttpStatusCode.BadRequest);
        Assert.Contains("不在市场主体库中", unknown.GetProperty("errors").GetProperty("uscc")[0].GetString(), StringComparison.Ordinal);
        var inspector = await app.LoginAsync("inspector");
        await ProblemAsync(await inspector.PostJsonAsync("/api/v1/food/licences", Licence(uscc, "JY23701020001234")), HttpStatusCode.Forbidden);
        Assert.Equal(0, await LicenceCountAsync(app));
    }

    [Fact]
    public async Task A_gb18030_import_with_bad_rows_reports_every_row_and_writes_nothing_then_a_good_file_goes_in_whole()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb = Encoding.GetEncoding("GB18030");
        await using var app = await ZhijianApp.StartAsync();
        var registrar = await app.LoginAsync("registrar");
        var a = await RegisterCompanyAsync(registrar, "济南趵突泉食品有限公司");
        var b = await RegisterCompanyAsync(registrar, "济南大明湖餐饮有限公司");
        const string Header = "许可种类,许可证编号,统一社会信用代码,经营场所,经营项目,发证机关,发证日期,有效期至,主体业态,食堂类别,经营规模,属地区划代码\n";

        var bad = await app.Anonymous().GetAsync("/api/v1/food/licences/import/template.csv");
        Assert.Equal(HttpStatusCode.Unauthorized, bad.StatusCode);

        var refused = await OkAsync(await registrar.Http.PostAsync("/api/v1/food/licences/import", Csv(Header +
            $"JY,JY19901020000001,{a},济南市历下区趵突泉南路1号,预包装食品销售,济南市历下区市场监督管理局,2023-01-05,,,,,\n" +
            $"JY,JY23701020000002,{Entities.SampleEntities.NewUscc()},济南市历下区明湖路2号,热食类食品制售,济南市历下区市场监督管理局,2023-01-05,,,,,\n" +
            $"JY,JY23701020000003,{b},济南市历下区明湖路3号,热食类食品制售,济南市历下区市场监督管理局,2023-01-05,,,,特大型,\n" +
            $"JY,JY23701020000003,{b},济南市历下区明湖路4号,热食类食品制售,济南市历下区市场监督管理局,2023-01-05,,,,,\n", gb)), HttpStatusCode.UnprocessableEntity);
        var errors = refused.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("line").GetInt64(), e.Str("column"), e.Str("reason"))).ToList();
        Assert.Contains(errors, e => e.Item1 == 2 && e.Item2 == "许可证编号" && e.Item3.Contains("990102", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Item1 == 3 && e.Item2 == "统一社会信用代码" && e.Item3.Contains("不在市场主体库中", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Item1 == 4 && e.Item2 == "经营规模");
        Assert.Contains(errors, e => e.Item1 == 5 && e.Item3 == "与第 4 行的许可证编号重复");
        Assert.Equal(0, await LicenceCountAsync(app));

        var good = await OkAsync(await registrar.Http.PostAsync("/api/v1/food/licences/import", Csv(Header +
            $"JY,JY13701020000001,{a},济南市历下区趵突泉南路1号,预包装食品销售,济南市历下区市场监督管理局,2023-01-05,,,,,\n" +
            $"JY,JY23701020000003,{b},济南市历下区明湖路3号,热食类食品制售、冷食类食品制售,济南市历下区市场监督管理局,2023-01-05,,,,中型,\n", gb)));
        Assert.Equal((2, 2, 2), (good.GetProperty("rows").GetInt32(), good.GetProperty("licences").GetInt32(), good.GetProperty("newBusinesses").GetInt32()));
        Assert.Equal(1, await AuditCountAsync(app, "food.licences.imported"));
    }
}
