using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhijian.Entities.Contracts;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;
using Zhijian.Prices.Data;
using Zhijian.Prices.Domain.Monitoring;
using Zhijian.Prices.Features.Warnings;

namespace Zhijian.Prices.Features.Monitoring;

/// <summary>
/// 价格采集: a point's prices for a day (the mobile page and the API share it), monitoring points and the goods catalogue. A report is
/// checked whole — the point known, active and in the caller's jurisdiction; every good in the catalogue, collected at that kind of point,
/// once; the price above 0 with at most two decimals; the unit, when given, the catalogue's — then stored with the averages and judged by
/// the warning rules in one transaction: all or nothing.
/// </summary>
internal sealed class PriceIntake(PricesDbContext db, ActorContext actor, PriceStore store, WarningEngine engine, IEntityDirectory entities, TimeProvider clock)
{
    public static readonly IReadOnlyDictionary<PointKind, string> KindNames = new Dictionary<PointKind, string>
    {
        [PointKind.FarmersMarket] = "农贸市场",
        [PointKind.Supermarket] = "超市",
        [PointKind.WholesaleMarket] = "批发市场",
        [PointKind.Farm] = "养殖场",
        [PointKind.FuelStation] = "加油站",
        [PointKind.Service] = "公用事业与服务单位",
    };

    public static string NameOf(PointKind k) => KindNames.GetValueOrDefault(k, "");

    public static PointKind? KindOf(string? name) => KindNames.FirstOrDefault(k => k.Value == name?.Trim()) is { Value: not null } k ? k.Key : null;

    public static IReadOnlyList<PointKind> KindsOf(MonitoredGood g) =>
        [.. g.PointKinds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => (PointKind)int.Parse(s, CultureInfo.InvariantCulture))];

    public async Task<Result<ReportResult>> ReportAsync(ReportPrices cmd, string source, CancellationToken ct)
    {
        var a = actor.Current;
        if (!PricesAccess.CanReport(a)) return Result<ReportResult>.Forbidden("只有价格监测人员（登记人员、执法人员）、科室负责人或监测点报送接口可以报送价格");
        var today = clock.Today();
        var errors = new FieldErrors();
        MonitoringPoint? point = null;
        var code = cmd.PointCode?.Trim();
        if (string.IsNullOrEmpty(code)) errors.Add("pointCode", "请填写监测点编号");
        else if ((point = await db.Points.IgnoreQueryFilters().SingleOrDefaultAsync(p => p.Code == code, ct)) is null) errors.Add("pointCode", $"监测点“{code}”不存在");
        else if (!point.Active) errors.Add("pointCode", $"监测点“{point.Name}”已停用");
        else if (!a.Jurisdiction.Covers(point.DivisionCode)) errors.Add("pointCode", $"监测点“{point.Name}”不在您的管辖范围内");
        if (cmd.On is not { } on) errors.Add("on", "请填写采价日期");
        else if (on > today) errors.Add("on", "采价日期不能晚于今天");
        else if (on < today.AddYears(-5)) errors.Add("on", "采价日期不能早于五年前");
        var items = cmd.Items ?? [];
        if (items.Count == 0) errors.Add("items", "请至少填写一种商品的价格");
        if (items.Count > 500) errors.Add("items", "一次至多报送 500 种商品");
        var goods = await GoodsAsync(ct);
        var drafts = new List<PriceDraft>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var it = items[i];
            var good = Resolve(goods, it.Good);
            if (good is null)
            {
                errors.Add($"items[{i}].good", string.IsNullOrWhiteSpace(it.Good) ? "请填写商品" : $"商品“{it.Good!.Trim()}”不在价格监测商品目录中");
                continue;
            }

            if (seen.TryGetValue(good.Code, out var first)) errors.Add($"items[{i}].good", $"{good.Name}与第 {first + 1} 项重复");
            else seen[good.Code] = i;
            if (point is not null && !KindsOf(good).Contains(point.Kind))
                errors.Add($"items[{i}].good", $"{NameOf(point.Kind)}类监测点不采集{good.Name}（由{string.Join("、", KindsOf(good).Select(NameOf))}采集）");
            var fen = PriceError(it.Price, it.Unit, good, out var message);
            if (message is not null) errors.Add(message.Value.Field is "price" ? $"items[{i}].price" : $"items[{i}].unit", message.Value.Text);
            if (point is not null && cmd.On is { } d && fen is { } f) drafts.Add(new PriceDraft(point, good.Code, d, f));
        }

        if (errors.Count > 0) return Result<ReportResult>.Invalid(errors.ToDictionary());
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var outcome = await store.StoreAsync(drafts, source, a.ShownName, ct);
        var written = await engine.EvaluateAsync(outcome.Touched, ct);
        db.Audit("prices.reported", "PricePoint", point!.Code, null,
            new { Point = point.Code, cmd.On, outcome.Added, outcome.Corrected, outcome.Unchanged, Source = source }, point.DivisionCode);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new ReportResult(point.Code, point.Name, cmd.On!.Value, outcome.Added, outcome.Corrected, outcome.Unchanged, written.Notices);
    }

    /// <summary>The price in 分, or why not: at most two decimals and above 0; a unit given must be the catalogue's.</summary>
    internal static long? PriceError(decimal? price, string? unit, MonitoredGood good, out (string Field, string Text)? error)
    {
        error = null;
        if (!string.IsNullOrWhiteSpace(unit) && !string.Equals(Compact(unit), Compact(good.Unit), StringComparison.Ordinal))
        {
            error = ("unit", $"{good.Name}的计价单位应为“{good.Unit}”，不是“{unit.Trim()}”");
            return null;
        }

        if (price is not { } p) error = ("price", $"请填写{good.Name}的价格");
        else if (p <= 0m) error = ("price", $"{good.Name}的价格应大于 0");
        else if (p > 1_000_000m) error = ("price", $"{good.Name}的价格不能超过 1,000,000 元");
        else if (Periods.ToFen(p) is not { } fen) error = ("price", $"{good.Name}的价格最多保留两位小数");
        else return fen;
        return null;
    }

    private static string Compact(string s) => s.Trim().Replace(" ", "", StringComparison.Ordinal).Replace("（", "(", StringComparison.Ordinal).Replace("）", ")", StringComparison.Ordinal);

    /// <summary>A good by code or by name.</summary>
    internal static MonitoredGood? Resolve(IReadOnlyList<MonitoredGood> goods, string? text)
    {
        var t = text?.Trim();
        if (string.IsNullOrEmpty(t)) return null;
        return goods.FirstOrDefault(g => g.Active && g.Code == t) ?? goods.FirstOrDefault(g => g.Active && g.Name == t);
    }

    public Task<List<MonitoredGood>> GoodsAsync(CancellationToken ct) => db.Goods.AsNoTracking().OrderBy(g => g.SortOrder).ThenBy(g => g.Code).ToListAsync(ct);

    public async Task<IReadOnlyList<GoodRow>> GoodRowsAsync(CancellationToken ct) =>
        [.. (await GoodsAsync(ct)).Select(g => new GoodRow(g.Code, g.Name, g.Category, g.Unit, g.Grade, [.. KindsOf(g).Select(NameOf)], g.Daily, g.Active))];

    public async Task<Result<GoodRow>> CreateGoodAsync(CreateGood cmd, CancellationToken ct)
    {
        var a = actor.Current;
        if (!PricesAccess.CanAdminister(a)) return Result<GoodRow>.Forbidden("只有科室负责人、系统管理员可以维护价格监测商品目录");
        var errors = new FieldErrors();
        var code = cmd.Code?.Trim();
        if (string.IsNullOrEmpty(code) || code.Length > 40 || !code.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            errors.Add("code", "商品编码应为 1–40 位英文字母、数字或“-”");
        else if (await db.Goods.AnyAsync(g => g.Code == code, ct)) errors.Add("code", $"商品编码“{code}”已存在");
        errors.Require("name", cmd.Name, "商品名称", 100);
        errors.Require("category", cmd.Category, "商品类别", 20);
        errors.Require("unit", cmd.Unit, "计价单位", 20);
        if (cmd.Grade?.Trim().Length > 40) errors.Add("grade", "规格等级不能超过 40 个字");
        var kinds = (cmd.PointKinds ?? []).Select(KindOf).ToList();
        if (kinds.Count == 0) errors.Add("pointKinds", "请选择采价的监测点类型");
        else if (kinds.Any(k => k is null)) errors.Add("pointKinds", $"监测点类型应为：{string.Join("、", KindNames.Values)}");
        if (errors.Count > 0) return Result<GoodRow>.Invalid(errors.ToDictionary());
        var order = (await db.Goods.MaxAsync(g => (int?)g.SortOrder, ct) ?? 0) + 10;
        var good = new MonitoredGood
        {
            Code = code!,
            Name = cmd.Name!.Trim(),
            Category = cmd.Category!.Trim(),
            Unit = cmd.Unit!.Trim(),
            Grade = string.IsNullOrWhiteSpace(cmd.Grade) ? null : cmd.Grade.Trim(),
            PointKinds = string.Join(",", kinds.Select(k => (int)k!.Value).Distinct().Order()),
            Daily = cmd.Daily,
            SortOrder = order,
        };
        db.Goods.Add(good);
        db.Audit("prices.good.created", "PriceGood", good.Code, null, new { good.Code, good.Name, good.Unit, good.Grade, good.PointKinds });
        await db.SaveChangesAsync(ct);
        return new GoodRow(good.Code, good.Name, good.Category, good.Unit, good.Grade, [.. KindsOf(good).Select(NameOf)], good.Daily, good.Active);
    }

    public async Task<Result<PointRow>> CreatePointAsync(CreatePoint cmd, CancellationToken ct)
    {
        var a = actor.Current;
        if (!PricesAccess.CanAdminister(a)) return Result<PointRow>.Forbidden("只有科室负责人、系统管理员可以设立价格监测点");
        var errors = new FieldErrors();
        var code = cmd.Code?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(code) || code.Length > 20 || !code.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            errors.Add("code", "监测点编号应为 1–20 位英文字母、数字或“-”");
        else if (await db.Points.IgnoreQueryFilters().AnyAsync(p => p.Code == code, ct)) errors.Add("code", $"监测点编号“{code}”已存在");
        errors.Require("name", cmd.Name, "监测点名称", 200);
        var kind = KindOf(cmd.Kind);
        if (kind is null) errors.Add("kind", $"监测点类型应为：{string.Join("、", KindNames.Values)}");
        PricesAccess.CheckDivision(cmd.DivisionCode, a, errors, "监测点所在地");
        var division = cmd.DivisionCode?.Trim();
        errors.Require("address", cmd.Address, "地址", 300);
        string? uscc = null;
        if (!string.IsNullOrWhiteSpace(cmd.Uscc))
        {
            uscc = cmd.Uscc.Trim().ToUpperInvariant();
            if (!Uscc.IsValid(uscc)) errors.Add("uscc", "经营者统一社会信用代码应为 18 位且校验位正确");
            else if (await entities.FindAsync(uscc, ct) is null) errors.Add("uscc", $"经营者“{uscc}”不在市场主体库中（或不在您的管辖范围内）");
        }

        if (errors.Count > 0) return Result<PointRow>.Invalid(errors.ToDictionary());
        var point = new MonitoringPoint
        {
            Code = code!,
            Name = cmd.Name!.Trim(),
            Kind = kind!.Value,
            DivisionCode = division!,
            County = division![..6],
            Address = cmd.Address!.Trim(),
            Uscc = uscc,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Points.Add(point);
        db.Audit("prices.point.created", "PricePoint", point.Code, null, new { point.Code, point.Name, Kind = NameOf(point.Kind), point.DivisionCode }, point.DivisionCode);
        await db.SaveChangesAsync(ct);
        return (await PointsAsync(null, null, point.Code, true, 1, 1, ct)).Items[0];
    }

    public async Task<Result<PointRow>> SetActiveAsync(string code, bool active, CancellationToken ct)
    {
        if (!PricesAccess.CanAdminister(actor.Current)) return Result<PointRow>.Forbidden("只有科室负责人、系统管理员可以启用或停用价格监测点");
        var point = await db.Points.SingleOrDefaultAsync(p => p.Code == code, ct);
        if (point is null) return Result<PointRow>.NotFound($"监测点“{code}”不存在（或不在您的管辖范围内）");
        if (point.Active != active)
        {
            point.Active = active;
            db.Audit(active ? "prices.point.activated" : "prices.point.deactivated", "PricePoint", point.Code, null, new { point.Code, point.Active }, point.DivisionCode);
            await db.SaveChangesAsync(ct);
        }

        return (await PointsAsync(null, null, point.Code, false, 1, 1, ct)).Items[0];
    }

    public async Task<PageOf<PointRow>> PointsAsync(string? division, string? kind, string? q, bool activeOnly, int page, int size, CancellationToken ct)
    {
        size = Math.Clamp(size, 1, 500);
        var points = db.Points.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(division) && DivisionTable.IsWellFormed(division.Trim()))
        {
            var prefix = DivisionTable.ScopePrefix(division.Trim());
            points = points.Where(p => p.DivisionCode.StartsWith(prefix));
        }

        if (KindOf(kind) is { } k) points = points.Where(p => p.Kind == k);
        if (!string.IsNullOrWhiteSpace(q)) points = points.Where(p => p.Code == q.Trim() || p.Name.Contains(q.Trim()));
        if (activeOnly) points = points.Where(p => p.Active);
        var total = await points.CountAsync(ct);
        var rows = await points.OrderBy(p => p.Code).Skip(Paging.Skip(page, size)).Take(size).ToListAsync(ct);
        var ids = rows.Select(p => p.Id).ToList();
        var last = await db.Observations.AsNoTracking().Where(o => ids.Contains(o.PointId)).GroupBy(o => o.PointId).Select(g => new { g.Key, On = g.Max(o => o.On) })
            .ToDictionaryAsync(x => x.Key, x => x.On, ct);
        var goods = await GoodsAsync(ct);
        return new PageOf<PointRow>([.. rows.Select(p => new PointRow(p.Id, p.Code, p.Name, NameOf(p.Kind), p.DivisionCode, DivisionTable.Default.FullName(p.DivisionCode),
            p.Address, p.Uscc, p.Active, last.TryGetValue(p.Id, out var d) ? d : null,
            [.. goods.Where(g => g.Active && KindsOf(g).Contains(p.Kind)).Select(g => g.Code)]))], total, Math.Max(page, 1), size);
    }
}
