using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Drugs.Data;
using Zhijian.Drugs.Domain.Licences;
using Zhijian.Entities.Contracts;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;

namespace Zhijian.Drugs.Features.Demo;

/// <summary>
/// Demo businesses of 济南 over its 12 counties: ~600 pharmacies when the demo registry is large (<c>Zhijian:Demo:Entities</c>
/// ≥ 1,500; else ~40) — single pharmacies and the stores of a few chains with their headquarters —, a few wholesalers, ~60
/// device businesses (class III licensed, class II filed) and a few cosmetics businesses. The registry's active entities in
/// drug and device retail and wholesale (GB/T 4754 525x, 515x) are used first, linked by USCC; the rest get invented names.
/// Fixed seed; nothing when businesses exist.
/// </summary>
internal static class DemoLicences
{
    internal static readonly string[] Counties =
        ["370102", "370103", "370104", "370105", "370112", "370113", "370114", "370115", "370116", "370117", "370124", "370126"];

    internal static readonly string[] CountyNames = ["历下区", "市中区", "槐荫区", "天桥区", "历城区", "长清区", "章丘区", "济阳区", "莱芜区", "钢城区", "平阴县", "商河县"];

    private static readonly string[] Streets =
        ["经十路", "泉城路", "历山路", "解放路", "和平路", "文化东路", "山大路", "英雄山路", "经七路", "纬二路", "北园大街", "二环东路", "旅游路", "工业南路", "花园路", "明湖东路"];

    private static readonly (string Name, string Short)[] Chains =
        [("济南泉康大药房连锁有限公司", "泉康大药房"), ("山东鲁润堂医药连锁有限公司", "鲁润堂大药房"), ("济南立康药店连锁有限公司", "立康药店"), ("济南宏仁堂医药连锁有限公司", "宏仁堂药店")];

    private static readonly string[] PharmacyStems = ["仁和", "济世", "康泰", "百草", "益民", "德仁", "福康", "惠民", "同济", "安泰", "颐和", "正心", "广济", "寿康", "泉城"];

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "孙", "周", "吴", "徐", "马", "朱", "胡", "郭"];

    private static readonly string[] Given = ["建华", "秀英", "立新", "丽娟", "志强", "海燕", "国庆", "晓红", "振东", "桂兰", "明", "静", "磊", "敏", "洋"];

    public static async Task SeedAsync(IServiceProvider root, CancellationToken ct)
    {
        using var scope = root.CreateScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<ActorContext>().UseSystem();
        var db = sp.GetRequiredService<DrugsDbContext>();
        if (await db.Businesses.IgnoreQueryFilters().AnyAsync(ct)) return;
        var registrySize = sp.GetRequiredService<IConfiguration>().GetValue("Zhijian:Demo:Entities", 20_000);
        var large = registrySize >= 1_500;
        var now = sp.GetRequiredService<TimeProvider>().GetUtcNow();
        var random = new Random(24);

        var retail = new List<EntitySummary>();
        var wholesale = new List<EntitySummary>();
        await foreach (var e in sp.GetRequiredService<IEntityDirectory>().StreamAsync(ct))
        {
            if (e.Status != EntityStatus.Active || !e.DivisionCode.StartsWith("3701", StringComparison.Ordinal)) continue;
            var code = e.IndustryCode.TrimStart('F');
            if (code.StartsWith("525", StringComparison.Ordinal)) retail.Add(e);
            else if (code.StartsWith("515", StringComparison.Ordinal)) wholesale.Add(e);
        }

        var businesses = new List<DrugBusiness>();
        var serial = 0;
        DrugBusiness Make(DrugBusinessKind kind, EntitySummary? entity, string name, string? division = null)
        {
            serial++;
            var county = division ?? entity?.DivisionCode[..6] ?? Counties[serial % Counties.Length];
            var b = new DrugBusiness
            {
                Uscc = entity?.Uscc ?? Uscc.Build('9', '1', county, (88_000_000 + serial * 37).ToString(CultureInfo.InvariantCulture)),
                InRegistry = entity is not null,
                Name = entity?.Name ?? name,
                Kind = kind,
                DivisionCode = county,
                Address = $"济南市{CountyNames[Array.IndexOf(Counties, county) is var i and >= 0 ? i : 0]}{Streets[random.Next(Streets.Length)]}{random.Next(1, 400)}号",
                LegalRepresentative = entity?.LegalRep ?? Person(random),
                QualityManager = kind == DrugBusinessKind.Cosmetics ? null : Person(random),
                Phone = "0531-" + random.Next(5_000_0000, 9_000_0000).ToString(CultureInfo.InvariantCulture),
                CreatedAt = now,
                UpdatedAt = now,
                CreatedBy = Actor.System.Name,
            };
            businesses.Add(b);
            return b;
        }

        // Chains: headquarters first (saved to get ids), their stores below.
        var hqs = Chains.Select((c, i) => Make(DrugBusinessKind.ChainHeadquarters, null, c.Name, Counties[i])).ToList();
        var wholesalers = large ? 8 : 2;
        for (var i = 0; i < wholesalers; i++)
        {
            Make(DrugBusinessKind.Wholesale, i < wholesale.Count ? wholesale[i] : null, $"山东{PharmacyStems[i % PharmacyStems.Length]}医药有限公司");
        }

        db.Businesses.AddRange(businesses);
        await db.SaveChangesAsync(ct);
        businesses.Clear();

        var pharmacies = large ? 600 : 40;
        var usedRetail = 0;
        for (var i = 0; i < pharmacies; i++)
        {
            var county = Counties[i % Counties.Length];
            if (i % 3 == 0)
            {
                var chain = i / 3 % hqs.Count;
                var store = Make(DrugBusinessKind.ChainStore, null, $"{Chains[chain].Short}（{Streets[random.Next(Streets.Length)].Replace("路", "", StringComparison.Ordinal).Replace("大街", "", StringComparison.Ordinal)}{i}店）", county);
                store.ChainHeadquartersId = hqs[chain].Id;
                continue;
            }

            var entity = usedRetail < retail.Count ? retail[usedRetail++] : null;
            Make(DrugBusinessKind.RetailPharmacy, entity, $"济南{PharmacyStems[random.Next(PharmacyStems.Length)]}{(i % 2 == 0 ? "大药房" : "药店")}{CountyNames[i % Counties.Length][..2]}{i}号店", entity is null ? county : null);
        }

        var devices = large ? 60 : 12;
        for (var i = 0; i < devices; i++)
        {
            var kind = i % 3 == 0 ? DrugBusinessKind.DeviceClassIII : DrugBusinessKind.DeviceClassII;
            var entity = usedRetail < retail.Count && i % 2 == 1 ? retail[usedRetail++] : null;
            Make(kind, entity, $"济南{PharmacyStems[random.Next(PharmacyStems.Length)]}医疗器械有限公司{(i > 14 ? i.ToString(CultureInfo.InvariantCulture) : "")}", entity is null ? Counties[i % Counties.Length] : null);
        }

        string[] cosmetics = ["济南美妍化妆品有限公司", "济南泉城丽人日化商行", "山东雅黛化妆品连锁有限公司", "济南悦容美妆店", "济南花漾日用化妆品有限公司", "济南清颜化妆品商行"];
        foreach (var (name, i) in cosmetics.Select((n, i) => (n, i))) Make(DrugBusinessKind.Cosmetics, null, name, Counties[i * 2 % Counties.Length]);

        db.Businesses.AddRange(businesses);
        await db.SaveChangesAsync(ct);
    }

    private static string Person(Random random) => Surnames[random.Next(Surnames.Length)] + Given[random.Next(Given.Length)];
}
