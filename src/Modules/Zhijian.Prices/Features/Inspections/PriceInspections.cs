using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhijian.Entities.Contracts;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;
using Zhijian.Prices.Contracts;
using Zhijian.Prices.Data;
using Zhijian.Prices.Domain.Inspections;

namespace Zhijian.Prices.Features.Inspections;

/// <summary>
/// 明码标价和价格欺诈检查 (《明码标价和禁止价格欺诈规定》, 市场监管总局令第56号). An inspection records a result for every item of
/// <see cref="Checklist.For"/> (the online items only for an online shop); it passes when no item failed. A failed 不明码标价 item leads to
/// 《价格违法行为行政处罚规定》第十三条, a failed 价格欺诈 item to 第七条: the statutory range (settings <c>prices.penalty.*</c> on the check
/// date) is stored and sent to cases with the clue (<see cref="PriceCaseClue"/>) in the same save. When both kinds failed the clue's
/// <see cref="PriceCaseClue.PenaltyMin"/> / <see cref="PriceCaseClue.PenaltyMax"/> are the lower of the minimums and the higher of the maximums
/// (the text names each range). Also the “原价” helper (第十六条, <see cref="WasPrice"/>).
/// </summary>
internal sealed class PriceInspections(PricesDbContext db, ActorContext actor, IEntityDirectory entities, IRuleBook rules, TimeProvider clock)
{
    public const string NumberPrefix = "JGJC";

    /// <summary>At most this many deals in one “原价” check.</summary>
    public const int MaxDeals = 10_000;

    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public static string ViolationName(ViolationKind k) => k == ViolationKind.Fraud ? "价格欺诈" : "不明码标价";

    /// <summary>The checklist (the online items only when <paramref name="online"/>).</summary>
    public static IReadOnlyList<ChecklistItemView> ChecklistFor(bool online) =>
        [.. Checklist.For(online).Select(i => new ChecklistItemView(i.Code, i.Text, i.Article, ViolationName(i.Violation), i.OnlineOnly))];

    public async Task<Result<InspectionView>> RecordAsync(RecordInspection cmd, CancellationToken ct)
    {
        var a = actor.Current;
        if (!PricesAccess.CanCheck(a)) return Result<InspectionView>.Forbidden("只有执法人员、科室负责人可以登记明码标价和价格欺诈检查");
        var today = clock.Today();
        var errors = new FieldErrors();
        var target = await TargetAsync(cmd.TargetUscc, errors, ct);
        PricesAccess.CheckDivision(cmd.DivisionCode, a, errors, "被检查经营场所");
        errors.Require("address", cmd.Address, "检查地点", 300);
        errors.Require("inspectors", cmd.Inspectors, "检查人员", 200);
        if (cmd.CheckedOn is not { } checkedOn) errors.Add("checkedOn", "请填写检查日期");
        else if (checkedOn > today) errors.Add("checkedOn", "检查日期不能晚于今天");
        var url = PricesAccess.Norm(cmd.Url);
        if (cmd.Online && url is null) errors.Add("url", "网络交易经营者的检查须填写商品或服务展示页面的网址");
        else if (url is not null && (url.Length > 500 || !Uri.TryCreate(url, UriKind.Absolute, out var u) || (u.Scheme != Uri.UriSchemeHttp && u.Scheme != Uri.UriSchemeHttps)))
            errors.Add("url", "网址应以 http:// 或 https:// 开头，且不超过 500 个字符");
        if (cmd.WarningId is { } warningId && !await db.Warnings.AnyAsync(w => w.Id == warningId, ct))
            errors.Add("warningId", $"价格预警 {warningId} 不存在（或不在您的管辖范围内）");

        var expected = Checklist.For(cmd.Online).ToList();
        var inputs = cmd.Items ?? [];
        var results = new Dictionary<string, (bool Passed, string? Note)>(StringComparer.Ordinal);
        for (var i = 0; i < inputs.Count; i++)
        {
            var it = inputs[i];
            var code = it.Code?.Trim().ToUpperInvariant();
            var item = Checklist.Find(code);
            var note = PricesAccess.Norm(it.Note);
            if (item is null) errors.Add($"items[{i}].code", $"“{it.Code}”不是明码标价和价格欺诈检查的项目（P1–P12）");
            else if (item.OnlineOnly && !cmd.Online) errors.Add($"items[{i}].code", $"{item.Code}（{item.Article}）只适用于网络交易经营者");
            else if (results.ContainsKey(item.Code)) errors.Add($"items[{i}].code", $"检查项目 {item.Code} 重复填写");
            else results[item.Code] = (it.Passed, note);
            if (!it.Passed && note is null) errors.Add($"items[{i}].note", $"检查项目 {code} 不合格，请写明发现的问题");
            else if (note?.Length > 500) errors.Add($"items[{i}].note", "检查项目的说明不能超过 500 个字符");
        }

        var missing = expected.Where(e => !results.ContainsKey(e.Code)).ToList();
        if (inputs.Count == 0) errors.Add("items", $"请逐项填写检查结果（共 {expected.Count} 项）");
        else if (missing.Count > 0) errors.Add("items", $"缺少检查项目：{string.Join("、", missing.Select(m => $"{m.Code}（{m.Article}）"))}");

        var failed = expected.Where(e => results.TryGetValue(e.Code, out var r) && !r.Passed).ToList();
        var evidence = PricesAccess.Norm(cmd.Evidence);
        if (failed.Count > 0 && evidence is null) errors.Add("evidence", "有不合格项目的，请写明收集的证据（价签照片、收银小票、页面截图等）");
        else if (evidence?.Length > 2000) errors.Add("evidence", "证据说明不能超过 2000 个字符");
        if (cmd.IllegalGains is { } gains)
        {
            if (gains < 0m) errors.Add("illegalGains", "违法所得不能为负数");
            else if (gains >= 1_000_000_000_000m || decimal.Round(gains, 2) != gains) errors.Add("illegalGains", "违法所得应为不超过两位小数的金额（元）");
            else if (gains > 0m && inputs.Count > 0 && failed.Count == 0 && missing.Count == 0) errors.Add("illegalGains", "全部项目合格的检查不应填写违法所得");
        }

        if (errors.Count > 0) return Result<InspectionView>.Invalid(errors.ToDictionary());

        var date = cmd.CheckedOn!.Value;
        var division = cmd.DivisionCode!.Trim();
        var unmarked = failed.Any(f => f.Violation == ViolationKind.Unmarked);
        var fraud = failed.Any(f => f.Violation == ViolationKind.Fraud);
        var illegalGains = cmd.IllegalGains is > 0m ? cmd.IllegalGains : null;
        var penalty = Penalty(rules, unmarked, fraud, illegalGains, date);
        var inspection = new PriceInspection
        {
            Number = await YearlyNumbers.NextAsync(db.Inspections.IgnoreQueryFilters().Select(x => x.Number), NumberPrefix, date.Year, ct),
            TargetUscc = target!.Uscc,
            TargetName = target.Name,
            DivisionCode = division,
            County = division[..6],
            Address = cmd.Address!.Trim(),
            Online = cmd.Online,
            Url = url,
            CheckedOn = date,
            Inspectors = cmd.Inspectors!.Trim(),
            WarningId = cmd.WarningId,
            Items = expected.Count,
            ItemsFailed = failed.Count,
            Passed = failed.Count == 0,
            Unmarked = unmarked,
            Fraud = fraud,
            IllegalGains = illegalGains,
            PenaltyRange = penalty?.Text,
            Evidence = evidence,
            ClueSent = failed.Count > 0,
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = a.ShownName,
        };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Inspections.Add(inspection);
        await db.SaveChangesAsync(ct);
        db.InspectionItems.AddRange(expected.Select(e => new PriceInspectionItem
        {
            InspectionId = inspection.Id,
            DivisionCode = division,
            Code = e.Code,
            Passed = results[e.Code].Passed,
            Note = results[e.Code].Note,
        }));
        if (penalty is not null)
        {
            db.Publish(new PriceCaseClue("inspection", inspection.Id, inspection.Number, inspection.TargetUscc, inspection.TargetName,
                Facts(inspection, failed.Select(f => (f, results[f.Code].Note))), penalty.Text, penalty.Min, penalty.Max, date, a.ShownName, division, a.OrgUnitId));
        }

        db.Audit("prices.inspection.recorded", "PriceInspection", Id(inspection.Id), null, new
        {
            inspection.Number,
            inspection.TargetUscc,
            inspection.CheckedOn,
            inspection.Online,
            inspection.WarningId,
            inspection.Items,
            inspection.ItemsFailed,
            Failed = failed.Select(f => f.Code).ToArray(),
            inspection.Passed,
            inspection.IllegalGains,
            inspection.PenaltyRange,
            inspection.ClueSent,
        }, division);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (await GetAsync(inspection.Id, ct))!;
    }

    /// <summary>
    /// The statutory range of what failed on <paramref name="on"/> (null when nothing failed): 不明码标价 and/or 价格欺诈, texts joined;
    /// min/max are the lower minimum and the higher maximum of the two.
    /// </summary>
    internal static PenaltyRange? Penalty(IRuleBook rules, bool unmarked, bool fraud, decimal? gains, DateOnly on)
    {
        var parts = new List<PenaltyRange>();
        if (unmarked) parts.Add(Checklist.Unmarked(rules.GetDecimal("prices.penalty.unmarked-max", on)));
        if (fraud)
        {
            parts.Add(Checklist.Fraud(gains, rules.GetInt("prices.penalty.fraud-multiple", on), rules.GetDecimal("prices.penalty.fraud-min", on),
                rules.GetDecimal("prices.penalty.fraud-max", on)));
        }

        return parts.Count == 0 ? null : new PenaltyRange(parts.Min(p => p.Min), parts.Max(p => p.Max), string.Join("；", parts.Select(p => p.Text)));
    }

    internal static string Facts(PriceInspection x, IEnumerable<(ChecklistItem Item, string? Note)> failed)
    {
        var where = x.Online ? $"网店 {x.Url}" : x.Address;
        var items = string.Join("；", failed.Select(f => $"{f.Item.Code} {f.Item.Text}（《明码标价和禁止价格欺诈规定》{f.Item.Article}，{ViolationName(f.Item.Violation)}）：{f.Note}"));
        var gains = x.IllegalGains is { } g ? $"违法所得 {Checklist.Yuan(g)}。" : "未查明违法所得。";
        return $"{x.TargetName}（{where}）{x.CheckedOn:yyyy-MM-dd} 明码标价和价格欺诈检查（{x.Number}，检查人员 {x.Inspectors}）发现不合格项目：{items}。{gains}证据：{x.Evidence}";
    }

    public async Task<InspectionPage<InspectionRow>> ListAsync(string? division, string? result, DateOnly? from, DateOnly? to, int page, int size, CancellationToken ct)
    {
        size = Math.Clamp(size, 1, 200);
        var q = db.Inspections.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(division) && DivisionTable.IsWellFormed(division.Trim()))
        {
            var prefix = DivisionTable.ScopePrefix(division.Trim());
            q = q.Where(c => c.DivisionCode.StartsWith(prefix));
        }

        q = result?.Trim() switch
        {
            "passed" or "合格" => q.Where(c => c.Passed),
            "failed" or "不合格" => q.Where(c => !c.Passed),
            _ => q,
        };
        if (from is { } f) q = q.Where(c => c.CheckedOn >= f);
        if (to is { } t) q = q.Where(c => c.CheckedOn <= t);
        var total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(c => c.CheckedOn).ThenByDescending(c => c.Id).Skip(Paging.Skip(page, size)).Take(size).ToListAsync(ct);
        return new InspectionPage<InspectionRow>([.. rows.Select(c => new InspectionRow(c.Id, c.Number, c.TargetName, c.TargetUscc,
            DivisionTable.Default.Find(c.DivisionCode)?.Name ?? c.DivisionCode, c.CheckedOn, c.Online, c.Items, c.ItemsFailed, c.Passed, ResultName(c.Passed),
            Violations(c), c.ClueSent))], total, Math.Max(page, 1), size);
    }

    public async Task<InspectionView?> GetAsync(long id, CancellationToken ct)
    {
        var c = await db.Inspections.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return null;
        var stored = await db.InspectionItems.AsNoTracking().Where(i => i.InspectionId == id).ToListAsync(ct);
        var order = Checklist.Items.Select((item, index) => (item.Code, index)).ToDictionary(x => x.Code, x => x.index, StringComparer.Ordinal);
        var items = stored.OrderBy(i => order.GetValueOrDefault(i.Code, int.MaxValue)).ThenBy(i => i.Id).Select(i => Checklist.Find(i.Code) is { } item
            ? new InspectionItemView(i.Code, item.Text, item.Article, ViolationName(item.Violation), i.Passed, i.Note)
            : new InspectionItemView(i.Code, i.Code, "", "", i.Passed, i.Note)).ToList();
        var warning = c.WarningId is { } w ? await db.Warnings.IgnoreQueryFilters().Where(x => x.Id == w).Select(x => x.Number).FirstOrDefaultAsync(ct) : null;
        return new InspectionView(c.Id, c.Number, c.TargetName, c.TargetUscc, c.DivisionCode, DivisionTable.Default.FullName(c.DivisionCode), c.Address, c.Online,
            c.Url, c.CheckedOn, c.Inspectors, c.WarningId, warning, c.ItemsFailed, c.Passed, ResultName(c.Passed), c.Unmarked, c.Fraud, Violations(c), c.IllegalGains,
            c.PenaltyRange, c.Evidence, c.ClueSent, c.CreatedBy, items);
    }

    /// <summary>
    /// 第十六条 for a shop's deals: the window is <c>prices.was-price-days</c> on the promotion's first day. Deals are validated
    /// (time, price &gt; 0, at most <see cref="MaxDeals"/>); the first 20 bad rows are named.
    /// </summary>
    public Result<WasPriceVerdict> CheckWasPrice(WasPriceRequest req)
    {
        var errors = new FieldErrors();
        if (req.WasPrice is not { } was) errors.Add("wasPrice", "请填写标示的原价（划线价）");
        else if (was <= 0m) errors.Add("wasPrice", "标示的原价应大于 0");
        if (req.PromotionStart is null) errors.Add("promotionStart", "请填写促销活动开始日期");
        var inputs = req.Deals ?? [];
        var deals = new List<Deal>(Math.Min(inputs.Count, MaxDeals));
        if (inputs.Count > MaxDeals) errors.Add("deals", string.Create(CultureInfo.InvariantCulture, $"成交记录至多 {MaxDeals} 笔，实际 {inputs.Count} 笔"));
        else
        {
            var bad = 0;
            for (var i = 0; i < inputs.Count && bad < 20; i++)
            {
                var d = inputs[i];
                var ok = true;
                if (!TryParseTime(d.At, out var at))
                {
                    errors.Add($"deals[{i}].at", $"第 {i + 1} 笔成交时间“{d.At}”应为 yyyy-MM-dd 或 yyyy-MM-dd HH:mm");
                    ok = false;
                }

                if (d.Price is not { } price || price <= 0m)
                {
                    errors.Add($"deals[{i}].price", $"第 {i + 1} 笔成交价格应大于 0");
                    ok = false;
                }

                if (ok) deals.Add(new Deal(at, d.Price!.Value));
                else bad++;
            }
        }

        if (errors.Count > 0) return Result<WasPriceVerdict>.Invalid(errors.ToDictionary());
        var start = req.PromotionStart!.Value;
        return WasPrice.Check(req.WasPrice!.Value, start, deals, rules.GetInt("prices.was-price-days", start));
    }

    /// <summary>A deal time: <c>yyyy-MM-dd</c> or <c>yyyy-MM-dd HH:mm[:ss]</c> (also with / or T) in Beijing time, or ISO 8601 with an offset.</summary>
    public static bool TryParseTime(string? text, out DateTimeOffset at)
    {
        at = default;
        var s = text?.Trim();
        if (string.IsNullOrEmpty(s)) return false;
        string[] local = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy-MM-dd HH:mm", "yyyy-M-d H:mm", "yyyy/M/d H:mm", "yyyy-MM-dd HH:mm:ss", "yyyy/M/d H:mm:ss",
            "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF"];
        if (DateTime.TryParseExact(s, local, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
        {
            at = new DateTimeOffset(t, Beijing);
            return true;
        }

        return DateTimeOffset.TryParseExact(s, ["yyyy-MM-ddTHH:mmK", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK"], CultureInfo.InvariantCulture,
            DateTimeStyles.None, out at);
    }

    /// <summary>
    /// Deals pasted one a line: <c>yyyy-MM-dd HH:mm,price</c> or <c>yyyy-MM-dd,price</c> (comma, full-width comma or tab); blank lines are
    /// skipped. Bad lines are named in <paramref name="errors"/> (field <c>deals</c>, at most 20).
    /// </summary>
    public static List<DealInput> ParseDeals(string? text, FieldErrors errors)
    {
        var deals = new List<DealInput>();
        var bad = new List<string>();
        var lines = (text ?? "").Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n].Trim();
            if (line.Length == 0) continue;
            var parts = line.Split([',', '，', '\t'], StringSplitOptions.TrimEntries);
            if (parts.Length == 2 && TryParseTime(parts[0], out _)
                && decimal.TryParse(parts[1].Replace("元", "", StringComparison.Ordinal).Replace("¥", "", StringComparison.Ordinal), NumberStyles.Number,
                    CultureInfo.InvariantCulture, out var price) && price > 0m)
            {
                deals.Add(new DealInput(parts[0], price));
            }
            else if (bad.Count < 20) bad.Add($"第 {n + 1} 行“{line}”");
        }

        if (bad.Count > 0) errors.Add("deals", $"无法识别的成交记录（应为“yyyy-MM-dd HH:mm,价格”或“yyyy-MM-dd,价格”）：{string.Join("；", bad)}");
        return deals;
    }

    internal static string ResultName(bool passed) => passed ? "合格" : "不合格";

    internal static string? Violations(PriceInspection c) => (c.Unmarked, c.Fraud) switch
    {
        (true, true) => "不明码标价、价格欺诈",
        (true, false) => "不明码标价",
        (false, true) => "价格欺诈",
        _ => null,
    };

    internal static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private async Task<EntitySummary?> TargetAsync(string? usccText, FieldErrors errors, CancellationToken ct)
    {
        var uscc = usccText?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(uscc)) errors.Add("targetUscc", "请填写被检查经营者的统一社会信用代码");
        else if (!Uscc.IsValid(uscc)) errors.Add("targetUscc", "被检查经营者的统一社会信用代码应为 18 位且校验位正确");
        else if (await entities.FindAsync(uscc, ct) is { } e) return e;
        else errors.Add("targetUscc", $"被检查经营者“{uscc}”不在市场主体库中（或不在您的管辖范围内）");
        return null;
    }
}
