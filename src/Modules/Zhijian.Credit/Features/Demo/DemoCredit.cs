using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Zhijian.Credit.Contracts;
using Zhijian.Credit.Data;
using Zhijian.Credit.Domain;
using Zhijian.Entities.Contracts;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;

namespace Zhijian.Credit.Features.Demo;

/// <summary>
/// Demo credit records for the demo registry (deterministic by seed): penalties (some past their disclosure period),
/// inspection and sampling results, pledges, judicial assistance and commendations from this bureau and other
/// departments, so every credit page has something to show. Seeded once, into an empty record table.
/// </summary>
internal static class DemoCredit
{
    public const int Seed = 2026;
    public const string Source = "demo";

    private static readonly (string Title, CreditField Field, string Kinds, int MinFine, int MaxFine)[] Violations =
    [
        ("销售超过保质期的食品", CreditField.Food, "警告；罚款；没收违法所得", 5_000, 50_000),
        ("未按规定查验供货者许可证和食品合格证明文件", CreditField.Food, "罚款", 5_000, 20_000),
        ("经营标签不符合规定的预包装食品", CreditField.Food, "罚款", 2_000, 10_000),
        ("不执行明码标价规定", CreditField.General, "罚款", 1_000, 5_000),
        ("利用虚假的或者使人误解的价格手段诱骗消费者交易", CreditField.General, "罚款", 10_000, 100_000),
        ("发布含有绝对化用语的广告", CreditField.General, "罚款", 20_000, 200_000),
        ("销售不合格产品", CreditField.ProductQuality, "罚款；没收违法所得", 10_000, 80_000),
        ("使用未经检定的计量器具", CreditField.General, "罚款", 1_000, 10_000),
        ("使用未经定期检验的特种设备", CreditField.SpecialEquipment, "罚款", 30_000, 300_000),
        ("经营未取得注册证的第二类医疗器械", CreditField.Drug, "罚款；没收违法所得", 20_000, 150_000),
    ];

    private static readonly string[] InspectionItems =
    [
        "营业执照（登记证）规范使用情况检查", "食品经营者经营条件及规范情况检查", "产品质量情况检查", "明码标价情况检查",
        "广告发布情况检查", "计量器具使用情况检查", "特种设备使用单位安全管理情况检查",
    ];

    private static readonly string[] InspectionResults = ["未发现问题", "未发现问题", "未发现问题", "发现问题已责令改正", "通过登记的住所或者经营场所无法联系"];

    public static async Task SeedAsync(IServiceProvider sp, CancellationToken ct)
    {
        var db = sp.GetRequiredService<CreditDbContext>();
        if (await db.Records.IgnoreQueryFilters().AnyAsync(ct)) return;
        var registry = sp.GetRequiredService<IEntityDirectory>();
        var rules = sp.GetRequiredService<IRuleBook>();
        var divisions = sp.GetRequiredService<DivisionTable>();
        var clock = sp.GetRequiredService<TimeProvider>();
        var today = clock.Today();
        var now = clock.GetUtcNow();
        var random = new Random(Seed);
        var watch = Stopwatch.StartNew();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var n = 0;
        var entities = 0;
        var progress = sp.GetService<Zhijian.Platform.Demo.DemoSeedProgress>();
        progress?.Report("信用记录");
        var all = new List<EntitySummary>();
        await foreach (var e in registry.StreamAsync(ct)) all.Add(e); // read first: SQLite must not write while a read cursor is open
        foreach (var e in all)
        {
            if (entities % 1000 == 0) progress?.Report("信用记录（按市场主体）", entities, all.Count);
            entities++;
            var county = e.DivisionCode.Length >= 6 ? e.DivisionCode[..6] : e.DivisionCode;
            var countyName = divisions.Find(county)?.Name;
            var bureau = countyName is not null ? $"济南市{countyName}市场监督管理局" : "济南市市场监督管理局";
            var prefix = "济" + (countyName is { Length: > 0 } ? countyName[..1] : ""); // 济历市监罚〔2026〕12号
            var roll = random.NextDouble();
            void Add(CreditRecordKind kind, CreditField field, string authority, string title, string content, DateOnly on, string? kinds = null, decimal? amount = null, string? doc = null)
            {
                if (on > today || on < e.EstablishedOn) return;
                n++;
                var split = DisclosureRules.SplitKinds(kinds);
                var (isPublic, until) = Records.CreditRecords.Disclosure(rules, kind, on, split, amount);
                db.Records.Add(new CreditRecord
                {
                    Uscc = e.Uscc,
                    EntityName = e.Name,
                    DivisionCode = e.DivisionCode,
                    Kind = kind,
                    Field = field,
                    SourceSystem = Source,
                    SourceId = $"{kind}-{n:D6}",
                    Authority = authority,
                    DocumentNo = doc,
                    Title = title,
                    Content = content,
                    DecidedOn = on,
                    Amount = amount,
                    PenaltyKinds = split.Count == 0 ? null : string.Join('；', split),
                    IsPublic = isPublic,
                    PublicUntil = until,
                    ReceivedAt = now,
                });
            }

            DateOnly Day(int maxDaysBack) => today.AddDays(-random.Next(1, maxDaysBack));

            if (roll < 0.03)
            {
                var v = Violations[random.Next(Violations.Length)];
                var on = Day(4 * 365);
                var amount = (decimal)(random.Next(v.MinFine / 100, v.MaxFine / 100 + 1) * 100);
                Add(CreditRecordKind.Penalty, v.Field, bureau, v.Title, $"当事人{v.Title}，违反有关法律法规规定。", on, v.Kinds, amount,
                    $"{prefix}市监罚〔{on.Year}〕{random.Next(1, 999)}号");
            }
            else if (roll < 0.035)
            {
                var on = Day(2 * 365);
                Add(CreditRecordKind.Penalty, CreditField.General, bureau, "未按规定公示营业执照", "当事人未在经营场所醒目位置悬挂营业执照。", on, "通报批评", null,
                    $"{prefix}市监罚〔{on.Year}〕{random.Next(1, 999)}号");
            }

            if (random.NextDouble() < 0.06)
                Add(CreditRecordKind.InspectionResult, CreditField.General, bureau, InspectionItems[random.Next(InspectionItems.Length)],
                    InspectionResults[random.Next(InspectionResults.Length)], Day(3 * 365));
            if (e.IndustryCode.StartsWith("52", StringComparison.Ordinal) && random.NextDouble() < 0.04)
                Add(CreditRecordKind.SamplingFailure, CreditField.Food, bureau, "食品安全监督抽检不合格", "抽检样品菌落总数项目不符合食品安全国家标准。", Day(2 * 365));
            if (random.NextDouble() < 0.02)
                Add(CreditRecordKind.EquityPledge, CreditField.General, "济南市市场监督管理局", "股权出质设立登记", "出质股权数额 50 万元，质权人为某商业银行。", Day(5 * 365));
            if (random.NextDouble() < 0.005)
                Add(CreditRecordKind.JudicialAssistance, CreditField.General, "济南市历下区人民法院", "股权冻结", "协助执行通知书：冻结股权，冻结期限三年。", Day(3 * 365));
            if (random.NextDouble() < 0.005)
                Add(CreditRecordKind.Commendation, CreditField.General, "济南市市场监督管理局", "守合同重信用企业", "公示为山东省守合同重信用企业。", Day(3 * 365));
            if (random.NextDouble() < 0.01)
                Add(CreditRecordKind.Penalty, CreditField.General, "国家税务总局济南市税务局", "逾期未申报纳税", "当事人未按照规定期限办理纳税申报。", Day(3 * 365), "罚款", 2_000,
                    $"济税罚〔{today.Year - 1}〕{random.Next(1, 9999)}号");

            if (n > 0 && n % 2_000 == 0)
            {
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
        }

        db.Audit("credit.demo-seeded", "CreditRecord", "demo", null, new { Records = n, Entities = entities, Seed }, "370100");
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        db.ChangeTracker.AutoDetectChangesEnabled = true; // the scope's context goes on to the listing job and the recompute
        var log = sp.GetRequiredService<ILoggerFactory>().CreateLogger("Zhijian.Credit.Demo");
        log.LogInformation("Seeded {Count} demo credit records for {Entities} entities in {Seconds:0.0} s", n, entities, watch.Elapsed.TotalSeconds);

        // The abnormal list as the July job leaves it: every non-filer of the last closed reporting window.
        progress?.Report("经营异常名录");
        var jobs = sp.GetRequiredService<Listings.ListingJobs>();
        var listing = await jobs.RunAbnormalAsync(today.Year - 1, ct);
        if (!listing.IsSuccess) listing = await jobs.RunAbnormalAsync(today.Year - 2, ct);
        if (listing.IsSuccess)
            log.LogInformation("Demo abnormal list for {Year}: {Listed} listed, {Marked} marked ({Seconds:0.0} s in all)",
                listing.Value!.Year, listing.Value.Listed, listing.Value.Marked, watch.Elapsed.TotalSeconds);

        // Every demo entity classified, so the risk pages and profiles are populated from the first start.
        progress?.Report("信用风险分类");
        var risk = await sp.GetRequiredService<Risk.RiskRecompute>().AllAsync(ct);
        log.LogInformation("Demo risk classes: {Classified} entities classified ({Seconds:0.0} s in all)", risk.Classified, watch.Elapsed.TotalSeconds);
    }
}
