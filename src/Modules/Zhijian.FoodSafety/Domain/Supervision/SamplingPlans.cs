using Zhijian.Platform.Storage;

namespace Zhijian.FoodSafety.Domain.Supervision;

/// <summary>年度食品安全抽检计划 of an org unit, sized from the resident population × batches per 1,000 residents.</summary>
internal sealed class FoodSamplingPlan : IDivisionScoped
{
    public long Id { get; set; }

    public int OrgUnitId { get; set; }

    public string OrgUnitName { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    public int Year { get; set; }

    /// <summary>常住人口</summary>
    public long Population { get; set; }

    /// <summary>人口数来源 (e.g. 《济南统计年鉴2023》).</summary>
    public string PopulationSource { get; set; } = "";

    /// <summary>批次/千人 used (the rule setting in force, or the plan's own).</summary>
    public decimal PerThousand { get; set; }

    public int Batches { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<FoodSamplingPlanLine> Lines { get; set; } = [];
}

/// <summary>Batches of one food category in a sampling plan, per quarter.</summary>
internal sealed class FoodSamplingPlanLine
{
    public long Id { get; set; }

    public long PlanId { get; set; }

    public string CategoryCode { get; set; } = "";

    public int Batches { get; set; }

    public int Q1 { get; set; }

    public int Q2 { get; set; }

    public int Q3 { get; set; }

    public int Q4 { get; set; }
}

/// <summary>Sizing and splitting of a sampling plan (pure).</summary>
internal static class SamplingPlanRules
{
    /// <summary>
    /// The default share (per mille) of each 食品大类 in a county plan: 食用农产品 and 餐饮食品 carry the most, as in local
    /// plans; editable per plan. Categories not listed get none by default.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, int> DefaultShares = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["33"] = 300, // 食用农产品
        ["31"] = 120, // 餐饮食品
        ["01"] = 50,
        ["02"] = 30,
        ["03"] = 40,
        ["04"] = 40,
        ["05"] = 30,
        ["06"] = 40,
        ["07"] = 15,
        ["08"] = 15,
        ["09"] = 10,
        ["10"] = 10,
        ["11"] = 25,
        ["12"] = 10,
        ["13"] = 10,
        ["14"] = 10,
        ["15"] = 30,
        ["16"] = 20,
        ["17"] = 10,
        ["18"] = 15,
        ["19"] = 10,
        ["20"] = 5,
        ["21"] = 5,
        ["22"] = 20,
        ["23"] = 15,
        ["24"] = 30,
        ["25"] = 25,
        ["26"] = 5,
        ["27"] = 10,
        ["28"] = 2,
        ["29"] = 3,
        ["30"] = 5,
        ["32"] = 5,
        ["34"] = 30,
    };

    /// <summary>Batches = population × rate / 1000, rounded up (a plan never falls short of the rate).</summary>
    public static int Size(long population, decimal perThousand) => (int)Math.Ceiling(population * perThousand / 1000m);

    /// <summary>Splits <paramref name="total"/> by weights with the largest-remainder method (the parts add up to the total).</summary>
    public static Dictionary<string, int> Split(int total, IReadOnlyDictionary<string, int> weights)
    {
        var sum = weights.Values.Sum();
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        if (sum <= 0 || total <= 0) return weights.Keys.ToDictionary(k => k, _ => 0, StringComparer.Ordinal);
        var rest = new List<(string Code, long Remainder)>();
        var given = 0;
        foreach (var (code, w) in weights.OrderBy(w => w.Key, StringComparer.Ordinal))
        {
            var exact = (long)total * w;
            result[code] = (int)(exact / sum);
            given += result[code];
            rest.Add((code, exact % sum));
        }

        foreach (var (code, _) in rest.OrderByDescending(r => r.Remainder).ThenBy(r => r.Code, StringComparer.Ordinal).Take(total - given))
            result[code]++;
        return result;
    }

    /// <summary>Even split over the four quarters, the earlier quarters taking the remainder.</summary>
    public static int[] Quarters(int batches) => [.. Enumerable.Range(0, 4).Select(q => (batches / 4) + (q < batches % 4 ? 1 : 0))];
}
