using System.Globalization;
using Zhijian.Platform.Codes;

namespace Zhijian.Tests.Entities;

/// <summary>Registration bodies with valid codes, as a registrar would type them.</summary>
public static class SampleEntities
{
    private static int _next = 10_000_000;

    public static string NewUscc(string county = "370102", char type = '1') =>
        Uscc.Build('9', type, county, "MA" + Interlocked.Increment(ref _next).ToString("X6", CultureInfo.InvariantCulture)[^6..].Replace('I', 'J').Replace('O', 'P').Replace('S', 'T').Replace('V', 'W').Replace('Z', 'Y'));

    public static Dictionary<string, object?> Company(string name, string county = "370102", string? uscc = null, string industry = "5221") => new()
    {
        ["uscc"] = uscc ?? NewUscc(county),
        ["name"] = name,
        ["type"] = "LimitedCompany",
        ["legalRep"] = "王建华",
        ["legalRepId"] = "11010519491231002X",
        ["registeredCapital"] = 100m,
        ["establishedOn"] = "2018-05-20",
        ["registeredAddress"] = "山东省济南市历下区泉城路 188 号",
        ["divisionCode"] = county,
        ["industryCode"] = industry,
        ["businessScope"] = "食品销售；日用百货销售",
        ["registrationAuthority"] = "济南市历下区市场监督管理局",
        ["phone"] = "13812345678",
        ["tags"] = new[] { "小微企业" },
    };
}
