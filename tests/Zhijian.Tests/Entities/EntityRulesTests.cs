using Zhijian.Entities.Contracts;
using Zhijian.Entities.Domain;
using Zhijian.Platform.Codes;

namespace Zhijian.Tests.Entities;

[Trait("Database", "none")] // pure: runs once, in the SQLite pass
public sealed class EntityRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static EntityInput Valid(string? uscc = null, EntityType type = EntityType.LimitedCompany, string name = "济南泉城鑫源商贸有限公司") =>
        new(uscc ?? SampleEntities.NewUscc(), null, name, type, "王建华", "11010519491231002X", 50m, new DateOnly(2020, 3, 1), null, null,
            "济南市历下区泉城路1号", null, "370102", "5221", "日用百货销售", "济南市历下区市场监督管理局", "13812345678", ["小微企业"]);

    private static IReadOnlyList<EntityProblem> Check(EntityInput input) =>
        EntityRules.Validate(input, Today, DivisionTable.Default, IndustryTable.Default);

    [Fact]
    public void A_complete_company_passes() => Assert.Empty(Check(Valid()));

    [Theory]
    [InlineData(EntityType.LimitedCompany, "济南鑫源商贸中心", "有限公司")]
    [InlineData(EntityType.JointStockCompany, "济南鑫源商贸有限公司", "股份有限公司")]
    [InlineData(EntityType.FarmerCooperative, "商河县玉皇庙镇种植基地", "合作社")]
    [InlineData(EntityType.Partnership, "济南鑫源投资中心", "合伙")]
    [InlineData(EntityType.SoleProprietorship, "济南鑫源商贸有限公司", "不得使用“公司”")]
    public void The_name_must_carry_the_organisation_form_of_its_type(EntityType type, string name, string expected)
    {
        var uscc = SampleEntities.NewUscc("370102", EntityNames.UsccTypeChar(type));
        var problems = Check(Valid(uscc, type, name));

        Assert.Contains(problems, p => p.Field == "name" && p.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void An_individual_business_code_on_a_company_is_refused()
    {
        var problems = Check(Valid(SampleEntities.NewUscc("370102", '2')));

        Assert.Contains(problems, p => p.Field == "type" && p.Message.Contains("第2位", StringComparison.Ordinal));
    }

    [Fact]
    public void A_failed_check_character_warns_and_is_accepted_once_confirmed()
    {
        var good = SampleEntities.NewUscc();
        var bad = good[..17] + (good[17] == '0' ? '1' : '0');

        var warned = Check(Valid(bad));
        var confirmed = Check(Valid(bad) with { Confirmed = true });

        var problem = Assert.Single(warned);
        Assert.True(problem.Overridable);
        Assert.Contains("校验码错误", problem.Message, StringComparison.Ordinal);
        Assert.Empty(confirmed);
    }

    [Fact]
    public void A_malformed_code_cannot_be_confirmed_away()
    {
        var problems = Check(Valid("91370102MA3C4G5H6") with { Confirmed = true });

        Assert.Contains(problems, p => p.Field == "uscc" && !p.Overridable && p.Message.Contains("18位", StringComparison.Ordinal));
    }

    [Fact]
    public void Future_dates_unknown_codes_and_bad_personal_data_are_each_named()
    {
        var input = Valid() with
        {
            EstablishedOn = new DateOnly(2027, 1, 1),
            DivisionCode = "379999",
            IndustryCode = "9999",
            LegalRepId = "110105194912310021",
            Phone = "12345",
        };

        var fields = Check(input).Select(p => p.Field).ToHashSet();

        Assert.Equal(["divisionCode", "establishedOn", "industryCode", "legalRepId", "phone"], fields.Order().ToArray());
    }

    [Fact]
    public void A_city_code_is_not_a_valid_seat()
    {
        var problems = Check(Valid() with { DivisionCode = "370100" });

        Assert.Contains(problems, p => p.Field == "divisionCode" && p.Message.Contains("县级", StringComparison.Ordinal));
    }
}
