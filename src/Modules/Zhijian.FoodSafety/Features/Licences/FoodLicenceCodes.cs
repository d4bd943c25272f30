using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Zhijian.FoodSafety.Domain.Licences;
using Zhijian.Platform.Codes;

namespace Zhijian.FoodSafety.Features.Licences;

/// <summary>
/// 食品许可证编号查验结果. kind: SC / JY / 备案 / 小作坊登记 / 摊贩登记; businessType: 主体业态 in Chinese (食品生产, 食品销售,
/// 餐饮服务, 单位食堂 …); reason: why it is not valid, in Chinese.
/// </summary>
internal sealed record FoodLicenceLookup(string Number, bool Valid, string? Kind, string? KindName, string? DivisionCode, string? DivisionName,
    string? BusinessType, string? Category, string? Reason);

/// <summary>GET /api/v1/codes/food-licence/{number}: anonymous like the other code checks (only the format is revealed, nothing registered).</summary>
internal static class FoodLicenceCodes
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/codes/food-licence/{number}", Lookup)
            .AllowAnonymous()
            .WithTags("代码表")
            .WithName("CheckFoodLicence")
            .WithSummary("查验食品生产许可证（SC）、食品经营许可证（JY）编号")
            .WithDescription("校验格式、类别或主体业态位与行政区划代码（GB/T 2260）；校验码算法未公布，不校验。备案、小作坊和摊贩登记编号格式各地不同，"
                + "需以 kind 参数注明（备案、小作坊登记、摊贩登记），只校验为6–30位数字或大写字母。编号不合法时仍返回200，valid 为 false 并附中文原因。");

    internal static Ok<FoodLicenceLookup> Lookup([FromRoute] string number, [FromQuery] string? kind, [FromServices] DivisionTable divisions)
    {
        var declared = FoodLicenceNumber.ParseKind(kind);
        if (kind is { Length: > 0 } && declared is null)
            return TypedResults.Ok(new FoodLicenceLookup((number ?? "").Trim(), false, null, null, null, null, null, null,
                $"种类“{kind}”不在范围内：SC、JY、备案、小作坊登记、摊贩登记"));
        var c = FoodLicenceNumber.Check(number, divisions, declared);
        return TypedResults.Ok(new FoodLicenceLookup(c.Number, c.Valid, c.Kind is { } k ? FoodLicenceNumber.Code(k) : null,
            c.Kind is { } k2 ? FoodLicenceNumber.KindName(k2) : null, c.DivisionCode, c.DivisionCode is { } d ? divisions.FullName(d) : null,
            c.BusinessType is { } t ? FoodLicenceNumber.BusinessTypeName(t) : null, c.Category, c.Reason));
    }
}
