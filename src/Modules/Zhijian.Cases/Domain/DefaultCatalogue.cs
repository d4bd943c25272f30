using Zhijian.Cases.Contracts;

namespace Zhijian.Cases.Domain;

/// <summary>
/// The shipped 违法行为目录 and 裁量基准 (editable by the bureau afterwards): common market-supervision violations with the
/// provision breached, the provision that sets the penalty and its statutory fine range. Bands follow the usual provincial
/// split of the statutory range (从轻 the lower 30 %, 一般 30–70 %, 从重 the upper 30 %; 减轻 below the minimum; 不予 none).
/// A provision with two statutory tiers (…；情节严重的，处…) keeps every band inside one tier: 从轻 and 一般 split the general
/// tier in halves, 从重 is the 情节严重 tier (<see cref="SeriousTierFrom"/>). The kinds of each entry are exactly those its
/// penalty basis names (吊销营业执照 is not 吊销许可证件); <c>CatalogueTests</c> check both over the whole catalogue.
/// </summary>
internal static class DefaultCatalogue
{
    private const string Food = "《中华人民共和国食品安全法》";

    public static readonly Violation[] Violations =
    [
        V("SP122", "未取得食品生产经营许可从事食品生产经营活动", CaseField.Food, Food + "第三十五条第一款",
            Food + "第一百二十二条第一款：没收违法所得和违法生产经营的食品；货值金额不足一万元的，并处五万元以上十万元以下罚款；货值金额一万元以上的，并处货值金额十倍以上二十倍以下罚款",
            10, 20, "货值金额", 50000, 100000, 10000, PenaltyKind.ConfiscateIllegalGains, PenaltyKind.ConfiscateProperty),
        V("SP124", "生产经营致病性微生物、农药残留等污染物质超过食品安全标准限量的食品", CaseField.Food, Food + "第三十四条第二项",
            Food + "第一百二十四条第一款：没收违法所得和违法生产经营的食品；货值金额不足一万元的，并处五万元以上十万元以下罚款；货值金额一万元以上的，并处货值金额十倍以上二十倍以下罚款；情节严重的，吊销许可证",
            10, 20, "货值金额", 50000, 100000, 10000, PenaltyKind.ConfiscateIllegalGains, PenaltyKind.ConfiscateProperty, PenaltyKind.RevokeLicence),
        V("SP125", "生产经营标签、说明书不符合规定的食品", CaseField.Food, Food + "第六十七条、第七十一条",
            Food + "第一百二十五条第一款：没收违法所得和违法生产经营的食品；货值金额不足一万元的，并处五千元以上五万元以下罚款；货值金额一万元以上的，并处货值金额五倍以上十倍以下罚款；情节严重的，责令停产停业，直至吊销许可证",
            5, 10, "货值金额", 5000, 50000, 10000, PenaltyKind.ConfiscateIllegalGains, PenaltyKind.ConfiscateProperty, PenaltyKind.SuspendOperations, PenaltyKind.RevokeLicence),
        V("SP126", "食品经营者未按规定查验进货并保存记录", CaseField.Food, Food + "第五十三条",
            Food + "第一百二十六条第一款：责令改正，给予警告；拒不改正的，处五千元以上五万元以下罚款；情节严重的，责令停产停业，直至吊销许可证",
            5000, 50000, null, null, null, null, PenaltyKind.Warning, PenaltyKind.SuspendOperations, PenaltyKind.RevokeLicence),
        V("CP49", "销售不符合保障人体健康和人身、财产安全的国家标准、行业标准的产品", CaseField.ProductQuality, "《中华人民共和国产品质量法》第十三条",
            "《中华人民共和国产品质量法》第四十九条：责令停止生产、销售，没收违法生产、销售的产品，并处违法生产、销售产品（包括已售出和未售出的产品）货值金额等值以上三倍以下的罚款；有违法所得的，并处没收违法所得；情节严重的，吊销营业执照",
            1, 3, "货值金额", null, null, null, PenaltyKind.ConfiscateProperty, PenaltyKind.ConfiscateIllegalGains, PenaltyKind.RevokeBusinessLicence),
        V("JG13", "经营者不按规定明码标价", CaseField.Price, "《明码标价和禁止价格欺诈规定》第四条",
            "《价格违法行为行政处罚规定》第十三条：责令改正，没收违法所得，可以并处5000元以下的罚款",
            0, 5000, null, null, null, null, PenaltyKind.ConfiscateIllegalGains),
        V("GG55", "发布虚假广告", CaseField.Advertising, "《中华人民共和国广告法》第四条、第二十八条",
            "《中华人民共和国广告法》第五十五条第一款：责令停止发布广告，责令广告主在相应范围内消除影响，处广告费用三倍以上五倍以下的罚款，广告费用无法计算或者明显偏低的，处二十万元以上一百万元以下的罚款",
            3, 5, "广告费用", 200000, 1000000, 0.01m),
        V("BZ20", "经营者对其商品作虚假或者引人误解的商业宣传", CaseField.Competition, "《中华人民共和国反不正当竞争法》第八条第一款",
            "《中华人民共和国反不正当竞争法》第二十条第一款：责令停止违法行为，处二十万元以上一百万元以下的罚款；情节严重的，处一百万元以上二百万元以下的罚款，可以吊销营业执照",
            200000, 2000000, null, null, null, null, PenaltyKind.RevokeBusinessLicence),
        V("TZ84", "使用未经检验或者检验不合格的特种设备", CaseField.SpecialEquipment, "《中华人民共和国特种设备安全法》第四十条第三款",
            "《中华人民共和国特种设备安全法》第八十四条第一项：责令停止使用有关特种设备，处三万元以上三十万元以下罚款",
            30000, 300000, null, null, null, null),
        V("DJ46", "未将营业执照置于住所或者主要经营场所醒目位置", CaseField.Registration, "《中华人民共和国市场主体登记管理条例》第三十六条",
            "《中华人民共和国市场主体登记管理条例》第四十八条第一款：责令改正；拒不改正的，处3万元以下的罚款",
            0, 30000, null, null, null, null),
        V("DS76", "电子商务经营者未在首页显著位置公示营业执照信息", CaseField.Registration, "《中华人民共和国电子商务法》第十五条",
            "《中华人民共和国电子商务法》第七十六条第一款：责令限期改正，可以处一万元以下的罚款",
            0, 10000, null, null, null, null),
        V("JL27", "使用不合格的计量器具或者破坏计量器具准确度", CaseField.Measurement, "《中华人民共和国计量法》第二十七条",
            "《中华人民共和国计量法实施细则》第四十六条：责令赔偿损失，没收计量器具和全部违法所得，可并处二千元以下的罚款",
            0, 2000, null, null, null, null, PenaltyKind.ConfiscateProperty, PenaltyKind.ConfiscateIllegalGains),
    ];

    /// <summary>Where the 情节严重 tier of a two-tier provision starts (in the violation's unit).</summary>
    private static readonly Dictionary<string, decimal> SeriousTierFrom = new(StringComparer.Ordinal)
    {
        ["BZ20"] = 1000000, // 反不正当竞争法第二十条：二十万元以上一百万元以下；情节严重的，一百万元以上二百万元以下
    };

    public static readonly DiscretionBand[] Bands = [.. BandsOf(Violations)];

    public static readonly ReviewItem[] ReviewItems =
    [
        R(1, "ZT", "主体认定准确，当事人基本情况清楚", 10),
        R(2, "SS", "违法事实清楚，证据确实充分、形成证据链", 20),
        R(3, "FL", "适用法律、法规、规章正确，定性准确", 15),
        R(4, "CL", "裁量适当，符合裁量基准，偏离基准的理由充分", 15),
        R(5, "CX", "程序合法：立案、调查、告知、听证、法制审核、集体讨论、送达及时完整", 20),
        R(6, "WS", "文书规范：文书齐全、文号规范、填写完整、签名盖章齐全", 10),
        R(7, "GD", "执行到位、按时结案、案卷归档完整（全过程记录齐全）", 10),
    ];

    /// <summary>A violation with its fine range: yuan, or multiples of <paramref name="baseName"/> with a yuan floor below <paramref name="floorBelow"/>.</summary>
    private static Violation V(string code, string name, CaseField field, string legal, string penalty, decimal min, decimal max, string? baseName,
        decimal? floorMin, decimal? floorMax, decimal? floorBelow, params PenaltyKind[] kinds) => new()
        {
            Code = code,
            Name = name,
            Field = field,
            LegalBasis = legal,
            PenaltyBasis = penalty,
            FineMin = min,
            FineMax = max,
            BaseName = baseName,
            FloorFineMin = floorMin,
            FloorFineMax = floorMax,
            FloorBelowBase = floorBelow,
            Kinds = [.. kinds],
        };

    private static ReviewItem R(int id, string code, string text, int points) => new() { Id = id, Code = code, Text = text, Points = points, Order = id };

    private static IEnumerable<DiscretionBand> BandsOf(IEnumerable<Violation> violations)
    {
        var id = 0;
        foreach (var v in violations)
        {
            decimal lo = v.FineMin ?? 0, hi = v.FineMax ?? 0, span = hi - lo;
            decimal At(decimal f) => Math.Round(lo + (span * f), v.BaseName is null ? 0 : 2);
            var tiered = SeriousTierFrom.TryGetValue(v.Code, out var serious);
            decimal lighterTo = tiered ? Math.Round(lo + ((serious - lo) / 2), v.BaseName is null ? 0 : 2) : At(0.3m), normalTo = tiered ? serious : At(0.7m);
            yield return new DiscretionBand
            {
                Id = ++id,
                ViolationCode = v.Code,
                Level = DiscretionLevel.None,
                FineMin = 0,
                FineMax = 0,
                Circumstances = "初次违法且危害后果轻微并及时改正；或当事人有证据足以证明没有主观过错（《行政处罚法》第三十三条）"
            };
            yield return new DiscretionBand
            {
                Id = ++id,
                ViolationCode = v.Code,
                Level = DiscretionLevel.Mitigated,
                FineMin = 0,
                FineMax = lo,
                Circumstances = "主动消除或者减轻违法行为危害后果、受他人胁迫或者诱骗、主动供述、配合查处有立功表现（《行政处罚法》第三十二条），在法定最低限以下处罚"
            };
            yield return new DiscretionBand
            {
                Id = ++id,
                ViolationCode = v.Code,
                Level = DiscretionLevel.Lighter,
                FineMin = lo,
                FineMax = lighterTo,
                Circumstances = "有从轻情节：主动改正、初次违法、违法所得或货值金额较小、积极配合调查"
            };
            yield return new DiscretionBand
            {
                Id = ++id,
                ViolationCode = v.Code,
                Level = DiscretionLevel.Normal,
                FineMin = lighterTo,
                FineMax = normalTo,
                Circumstances = "无从轻、减轻或者从重情节"
            };
            yield return new DiscretionBand
            {
                Id = ++id,
                ViolationCode = v.Code,
                Level = DiscretionLevel.Heavier,
                FineMin = normalTo,
                FineMax = hi,
                Circumstances = tiered
                    ? "情节严重（法定加重幅度）：造成严重危害后果、违法行为持续时间长或者范围广、一年内再次违法、拒不改正"
                    : "有从重情节：造成危害后果、拒不改正、一年内再次违法、对举报人打击报复、在突发事件期间违法"
            };
        }
    }
}
