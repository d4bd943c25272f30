using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhijian.Drugs.Contracts;
using Zhijian.Drugs.Data;
using Zhijian.Drugs.Domain.Licences;
using Zhijian.Drugs.Domain.Registers;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Privacy;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Drugs.Features.Registers;

/// <summary>
/// 含麻黄碱类复方制剂 sales register: intake of a pharmacy's batch (all-or-nothing, every row's error; a sale number already received
/// from the pharmacy is skipped), the per-purchase limit (an over-limit sale is accepted and flagged), the incremental check of each
/// buyer's window at intake (one query for the batch's buyers over the (buyer fingerprint, date) index), the set-based full pass,
/// the warnings with their purchases, handling (排除 / 移交公安) and the case clues for over-limit sales. Buyer ID numbers and
/// names are stored encrypted, matched by fingerprint, shown masked, and never logged.
/// </summary>
internal sealed class EphedrineBook(DrugsDbContext db, ActorContext actor, IRuleBook rules, IDrugBusinesses businesses, PersonalData personal,
    TimeProvider clock)
{
    public const int MaxBatch = 2000;
    public const string BuyerPurpose = "drugs.ephedrine-buyer";
    public const string RecordType = "DrugEphedrineWarning";

    /// <summary>A pharmacy by USCC (the licence-number lookup of the seam is tried only when no USCC matches).</summary>
    internal static async Task<DrugBusinessRef?> FindPharmacyAsync(IDrugBusinesses businesses, string key, CancellationToken ct)
    {
        var k = key.Trim().ToUpperInvariant();
        if (k.Length == 18)
            return await businesses.Query().Where(x => x.Uscc == k).OrderByDescending(x => x.Active).ThenBy(x => x.Id).FirstOrDefaultAsync(ct);
        return await businesses.FindByKeyAsync(key, ct);
    }

    public async Task<Result<EphedrineBatchResult>> PostAsync(EphedrineBatch cmd, CancellationToken ct)
    {
        var rows = cmd.Rows ?? [];
        if (rows.Count == 0) return Result<EphedrineBatchResult>.Invalid("rows", "销售记录不能为空");
        if (rows.Count > MaxBatch) return Result<EphedrineBatchResult>.Invalid("rows", $"一次最多报送 {MaxBatch} 条销售记录");
        var errors = new FieldErrors();
        var now = clock.GetUtcNow();
        var today = clock.Today();
        var pharmacies = new Dictionary<string, DrugBusinessRef?>(StringComparer.Ordinal);
        var staged = new List<EphedrineSale>();
        var seen = new HashSet<(long, string)>();
        var duplicates = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            string F(string field) => $"rows[{i}].{field}";
            if (r is null)
            {
                errors.Add($"rows[{i}]", "销售记录不能为空");
                continue;
            }

            var n = errors.Count;
            var key = r.Pharmacy?.Trim() ?? "";
            DrugBusinessRef? b = null;
            if (key.Length == 0) errors.Add(F("pharmacy"), "药店（统一社会信用代码或药品经营许可证号）不能为空");
            else
            {
                if (!pharmacies.TryGetValue(key, out b)) pharmacies[key] = b = await FindPharmacyAsync(businesses, key, ct);
                if (b is null) errors.Add(F("pharmacy"), $"药店“{key}”未登记或不在您的管辖范围内");
                else if (!DrugBusinessNames.IsPharmacy(b.Kind)) errors.Add(F("pharmacy"), $"“{b.Name}”不是零售药店或连锁门店，不能报送含麻黄碱类复方制剂零售记录");
            }

            errors.Require(F("saleNo"), r.SaleNo, "销售单号", 60);
            if (r.SoldAt is not { } at) errors.Add(F("soldAt"), "销售时间不能为空");
            else if (at > now.AddMinutes(10)) errors.Add(F("soldAt"), $"销售时间（{at.ToChinaDate():yyyy-MM-dd}）不能晚于现在");
            else if (at.ToChinaDate() < today.AddYears(-5)) errors.Add(F("soldAt"), "销售时间不能早于五年前");
            errors.Require(F("productName"), r.ProductName, "品名", 200);
            errors.Require(F("approvalNo"), r.ApprovalNo, "批准文号", 60);
            if (r.ContentClass?.Trim().Length > 60) errors.Add(F("contentClass"), "含量类别不能超过 60 个字符");
            if (r.Quantity is not { } q) errors.Add(F("quantity"), "数量（最小包装数）不能为空");
            else if (q <= 0 || q > 1000) errors.Add(F("quantity"), "数量（最小包装数）应为 1 至 1000 之间的整数");
            var id = r.BuyerIdNumber?.Trim().ToUpperInvariant() ?? "";
            if (id.Length == 0) errors.Add(F("buyerIdNumber"), "购买人身份证号不能为空（含麻黄碱类复方制剂须实名购买）");
            else if (!ResidentId.IsValid(id)) errors.Add(F("buyerIdNumber"), "购买人身份证号格式或校验位不正确");
            if (r.BuyerName?.Trim().Length > 50) errors.Add(F("buyerName"), "购买人姓名不能超过 50 个字符");
            if (errors.Count > n) continue;
            var saleNo = r.SaleNo!.Trim();
            if (!seen.Add((b!.Id, saleNo)) || await db.EphedrineSales.IgnoreQueryFilters().AnyAsync(s => s.BusinessId == b.Id && s.SaleNo == saleNo, ct))
            {
                duplicates++;
                continue;
            }

            var on = r.SoldAt!.Value.ToChinaDate();
            var limit = rules.GetInt(EphedrineRules.MaxKey, on);
            var name = string.IsNullOrWhiteSpace(r.BuyerName) ? null : r.BuyerName.Trim();
            staged.Add(new EphedrineSale
            {
                BusinessId = b.Id,
                BusinessName = b.Name,
                Uscc = b.Uscc,
                DivisionCode = b.DivisionCode,
                SaleNo = saleNo,
                SoldAt = r.SoldAt!.Value,
                SoldOn = on,
                ProductName = r.ProductName!.Trim(),
                ApprovalNo = r.ApprovalNo!.Trim(),
                ContentClass = string.IsNullOrWhiteSpace(r.ContentClass) ? null : r.ContentClass.Trim(),
                Packs = r.Quantity!.Value,
                Limit = limit,
                OverLimit = r.Quantity!.Value > limit,
                BuyerHash = personal.Fingerprint(BuyerPurpose, id),
                BuyerIdProtected = personal.Protect(id)!,
                BuyerIdMasked = Masks.IdNumber(id),
                BuyerNameProtected = personal.Protect(name),
                BuyerNameMasked = name is null ? null : Masks.Name(name),
                CreatedAt = now,
            });
        }

        if (errors.Count > 0) return Result<EphedrineBatchResult>.Invalid(errors.ToDictionary());
        db.EphedrineSales.AddRange(staged);
        var warnings = staged.Count == 0 ? 0 : await CheckAsync(staged, ct);
        if (staged.Count > 0)
        {
            db.Audit("drugs.ephedrine.batch", "DrugEphedrineBatch", now.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture), null,
                new
                {
                    Rows = staged.Count,
                    Duplicates = duplicates,
                    OverLimit = staged.Count(s => s.OverLimit),
                    Warnings = warnings,
                    Pharmacies = staged.Select(s => s.BusinessId).Distinct().Count()
                });
            await db.SaveChangesAsync(ct);
        }

        return new EphedrineBatchResult(staged.Count, duplicates, staged.Count(s => s.OverLimit), warnings);
    }

    /// <summary>
    /// The incremental check: each staged sale's buyer window (the buyer's sales from W−1 days before the earliest new sale to W−1 days
    /// after the latest), one query for all the batch's buyers; a finding that includes a new sale raises a warning or extends the
    /// buyer's open one. Returns the warnings raised or extended.
    /// </summary>
    internal async Task<int> CheckAsync(IReadOnlyList<EphedrineSale> staged, CancellationToken ct)
    {
        var t = EphedrineThresholds.From(rules, staged.Max(s => s.SoldOn));
        var hashes = staged.Select(s => s.BuyerHash).Distinct().ToList();
        var from = staged.Min(s => s.SoldOn).AddDays(-(t.WindowDays - 1));
        var to = staged.Max(s => s.SoldOn).AddDays(t.WindowDays - 1);
        var stored = await db.EphedrineSales.IgnoreQueryFilters().Where(s => hashes.Contains(s.BuyerHash) && s.SoldOn >= from && s.SoldOn <= to).ToListAsync(ct);
        List<EphedrineWarning>? open = null; // read only when a finding needs it: most sales raise none
        var temp = staged.Select((s, i) => (Key: -(i + 1L), Sale: s)).ToDictionary(x => x.Key, x => x.Sale);
        var changed = 0;
        foreach (var group in staged.GroupBy(s => s.BuyerHash))
        {
            var mine = temp.Where(x => x.Value.BuyerHash == group.Key).ToList();
            var all = stored.Where(s => s.BuyerHash == group.Key).Select(s => (Key: s.Id, Sale: s)).Concat(mine.Select(x => (x.Key, Sale: x.Value))).ToList();
            var finding = EphedrineRules.Detect(all.Select(x => new Purchase(x.Key, x.Sale.BusinessId, x.Sale.SoldOn, x.Sale.Packs)), t);
            if (finding is null || !finding.Keys.Any(k => k < 0)) continue;
            var sales = all.Where(x => finding.Keys.Contains(x.Key)).Select(x => x.Sale).ToList();
            open ??= await db.EphedrineWarnings.IgnoreQueryFilters().Where(w => hashes.Contains(w.BuyerHash) && w.Status == WarningStatus.Open).ToListAsync(ct);
            var warning = open.FirstOrDefault(w => w.BuyerHash == group.Key && w.ToOn >= finding.From.AddDays(-(t.WindowDays - 1)));
            if (warning is null)
            {
                warning = new EphedrineWarning
                {
                    Number = await NextNumberAsync(finding.To.Year, ct),
                    BuyerHash = group.Key,
                    BuyerIdMasked = sales[0].BuyerIdMasked,
                    DivisionCode = sales[^1].DivisionCode,
                    FromOn = finding.From,
                    ToOn = finding.To,
                    CreatedAt = clock.GetUtcNow(),
                };
                db.EphedrineWarnings.Add(warning);
                open.Add(warning);
            }

            Extend(warning, finding, sales);
            changed++;
        }

        return changed;
    }

    private static void Extend(EphedrineWarning w, EphedrineFinding f, List<EphedrineSale> sales)
    {
        foreach (var s in sales.Where(s => s.WarningId is null && s.Warning is null)) s.Warning = w;
        w.FromOn = w.Id == 0 ? f.From : Min(w.FromOn, f.From);
        w.ToOn = Max(w.ToOn, f.To);
        w.Pharmacies = Math.Max(w.Pharmacies, f.Pharmacies);
        w.Packs = Math.Max(w.Packs, f.Packs);
        w.Purchases = Math.Max(w.Purchases, sales.Count);
        w.ByPharmacies |= f.ByPharmacies;
        w.ByPacks |= f.ByPacks;
        w.DivisionCode = sales.OrderBy(s => s.SoldAt).Last().DivisionCode;
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    /// <summary>
    /// The full pass (set-based): one streamed query returns, ordered by buyer fingerprint and date, the sales of the buyers who have
    /// a 2W-day bucket (of two bucketings W days apart) with ≥ N purchases or ≥ K packs — every buyer a W-day window can flag; each buyer's
    /// run goes through the same sliding window as the per-sale check. A finding with sales not yet behind a warning raises one
    /// (saved after the stream, the sales linked by set updates). Idempotent: a second pass finds nothing new.
    /// </summary>
    public async Task<FullPassResult> FullPassAsync(CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var t = EphedrineThresholds.From(rules, clock.Today());
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10)); // a nightly pass over a province's year of sales, not a request
        var sales = db.EphedrineSales.IgnoreQueryFilters().AsNoTracking();
        // Candidates without sorting the table: a W-day window lies wholly inside one 2W-day bucket of one of two bucketings W days
        // apart, so a buyer whose window reaches a threshold has such a bucket with ≥ N purchases (pharmacies ≤ purchases) or ≥ K
        // packs. Two hash aggregates find that superset (held in memory: buyers, not sales); the sliding window below decides.
        var span = 2 * t.WindowDays;
        var shift = t.WindowDays;
        var candidates = await sales.GroupBy(s => new { s.BuyerHash, Bucket = s.SoldOn.DayNumber / span })
            .Where(g => g.Count() >= t.Pharmacies || g.Sum(s => s.Packs) >= t.Packs).Select(g => g.Key.BuyerHash)
            .Union(sales.GroupBy(s => new { s.BuyerHash, Bucket = (s.SoldOn.DayNumber + shift) / span })
                .Where(g => g.Count() >= t.Pharmacies || g.Sum(s => s.Packs) >= t.Packs).Select(g => g.Key.BuyerHash))
            .ToListAsync(ct);

        var sequences = new Dictionary<int, int>(); // warning numbers: the year's last read once, then counted here
        async Task<string> NumberAsync(int year)
        {
            var seq = sequences.TryGetValue(year, out var last) ? last + 1 : YearlyNumbers.Sequence(await NextNumberAsync(year, ct), NumberPrefix);
            sequences[year] = seq;
            return YearlyNumbers.Format(NumberPrefix, year, seq);
        }

        var found = new List<(EphedrineFinding F, List<Scan> Free)>();
        var (buyers, scanned) = (0, 0);
        var run = new List<Scan>();
        void Flush()
        {
            if (run.Count == 0) return;
            buyers++;
            var f = EphedrineRules.Detect(run.Select(r => new Purchase(r.Id, r.BusinessId, r.SoldOn, r.Packs)), t);
            if (f is not null)
            {
                var keys = f.Keys.ToHashSet();
                var free = run.Where(r => r.WarningId is null && keys.Contains(r.Id)).ToList();
                if (free.Count > 0) found.Add((f, free));
            }

            run.Clear();
        }

        // The candidates' sales by the (BuyerHash, SoldOn) index, a chunk of buyers at a time; a buyer's sales are one run.
        foreach (var chunk in candidates.Chunk(2000))
        {
            var rows = sales.Where(s => chunk.Contains(s.BuyerHash)).OrderBy(s => s.BuyerHash).ThenBy(s => s.SoldOn)
                .Select(s => new Scan(s.Id, s.BuyerHash, s.BusinessId, s.SoldOn, s.Packs, s.WarningId, s.BuyerIdMasked, s.DivisionCode)).AsAsyncEnumerable();
            await foreach (var r in rows.WithCancellation(ct))
            {
                scanned++;
                if (run.Count > 0 && !string.Equals(run[0].BuyerHash, r.BuyerHash, StringComparison.Ordinal)) Flush();
                run.Add(r);
            }

            Flush();
        }
        foreach (var part in found.Chunk(1000))
        {
            var links = new List<(EphedrineWarning W, long[] Ids)>();
            foreach (var (f, free) in part)
            {
                var w = new EphedrineWarning
                {
                    Number = await NumberAsync(f.To.Year),
                    BuyerHash = free[0].BuyerHash,
                    BuyerIdMasked = free[0].BuyerIdMasked,
                    DivisionCode = free[^1].DivisionCode,
                    FromOn = free[0].SoldOn,
                    ToOn = free[^1].SoldOn,
                    Pharmacies = f.Pharmacies,
                    Packs = f.Packs,
                    Purchases = free.Count,
                    ByPharmacies = f.ByPharmacies,
                    ByPacks = f.ByPacks,
                    CreatedAt = clock.GetUtcNow(),
                };
                db.EphedrineWarnings.Add(w);
                links.Add((w, [.. free.Select(x => x.Id)]));
            }

            db.Audit("drugs.ephedrine.full-pass", RecordType, "full-pass", null, new { Warnings = links.Count });
            await db.SaveChangesAsync(ct);
            foreach (var (w, ids) in links)
            {
                var wid = w.Id;
                await db.EphedrineSales.IgnoreQueryFilters().Where(s => ids.Contains(s.Id)).ExecuteUpdateAsync(u => u.SetProperty(s => s.WarningId, wid), ct);
            }

            db.ChangeTracker.Clear();
        }

        return new FullPassResult(buyers, found.Count, scanned, watch.ElapsedMilliseconds);
    }

    private sealed record Scan(long Id, string BuyerHash, long BusinessId, DateOnly SoldOn, int Packs, long? WarningId, string BuyerIdMasked, string DivisionCode);

    public async Task<Result<EphedrineWarningView>> HandleAsync(long id, HandleWarning cmd, CancellationToken ct)
    {
        var a = actor.Current;
        if (a.IsApiClient || !(a.IsInRole(Roles.Inspector) || DrugsAccess.CanAdminister(a))) return Result<EphedrineWarningView>.Forbidden("只有药品监管人员、科室负责人可以核查预警");
        var w = await db.EphedrineWarnings.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (w is null) return Result<EphedrineWarningView>.NotFound($"预警 {id} 不存在或不在您的管辖范围内");
        if (w.Status != WarningStatus.Open) return Result<EphedrineWarningView>.Invalid("status", $"预警已核查（{EphedrineRules.NameOf(w.Status)}，{w.HandledOn:yyyy-MM-dd}）");
        var errors = new FieldErrors();
        var result = cmd.Result?.Trim() switch { "cleared" => WarningStatus.Cleared, "police" => WarningStatus.Referred, _ => (WarningStatus?)null };
        if (result is null) errors.Add("result", "请选择核查结果：排除或移交公安");
        errors.Require("note", cmd.Note, "核查说明", 1000);
        if (result == WarningStatus.Referred) errors.Require("policeNote", cmd.PoliceNote, "移交公安情况（接收单位、移交函号）", 500);
        if (errors.Count > 0) return Result<EphedrineWarningView>.Invalid(errors.ToDictionary());
        var today = clock.Today();
        var before = new { Status = EphedrineRules.NameOf(w.Status) };
        w.Status = result!.Value;
        w.Note = cmd.Note!.Trim();
        w.PoliceNote = result == WarningStatus.Referred ? cmd.PoliceNote!.Trim() : null;
        w.HandledOn = today;
        w.HandledBy = a.ShownName;
        var over = await db.EphedrineSales.IgnoreQueryFilters().Where(s => s.WarningId == w.Id && s.OverLimit && s.ClueAt == null).ToListAsync(ct);
        foreach (var s in over) Clue(s, $"预警 {w.Number} 核查中发现");
        db.Audit("drugs.ephedrine.handled", RecordType, w.Number, before, new { Status = EphedrineRules.NameOf(w.Status), w.Note, w.PoliceNote, Clues = over.Count },
            w.DivisionCode);
        await db.SaveChangesAsync(ct);
        return (await GetWarningAsync(w.Id, ct))!;
    }

    /// <summary>An over-limit sale to the cases module (once).</summary>
    public async Task<Result<EphedrineSaleRow>> ClueAsync(long saleId, CancellationToken ct)
    {
        var a = actor.Current;
        if (a.IsApiClient || !(a.IsInRole(Roles.Inspector) || DrugsAccess.CanAdminister(a))) return Result<EphedrineSaleRow>.Forbidden("只有药品监管人员、科室负责人可以移送案件线索");
        var s = await db.EphedrineSales.SingleOrDefaultAsync(x => x.Id == saleId, ct);
        if (s is null) return Result<EphedrineSaleRow>.NotFound($"销售记录 {saleId} 不存在或不在您的管辖范围内");
        if (!s.OverLimit) return Result<EphedrineSaleRow>.Invalid("saleId", $"该笔销售 {s.Packs} 个最小包装，未超过单次限购数量 {s.Limit}，不能移送");
        if (s.ClueAt is { } at) return Result<EphedrineSaleRow>.Invalid("saleId", $"该笔超量销售已于 {at.ToChinaDate():yyyy-MM-dd} 移送案件线索");
        Clue(s, "销售登记中发现");
        db.Audit("drugs.ephedrine.clue", "DrugEphedrineSale", s.Id.ToString(CultureInfo.InvariantCulture), null, new { s.BusinessName, s.Packs, s.Limit }, s.DivisionCode);
        await db.SaveChangesAsync(ct);
        return Row(s);
    }

    private void Clue(EphedrineSale s, string how)
    {
        s.ClueAt = clock.GetUtcNow();
        db.Publish(new DrugCaseClue("ephedrine", s.Id, s.SaleNo, s.Uscc, s.BusinessName,
            $"{how}：{s.BusinessName} 于 {s.SoldAt.ToChinaDate():yyyy-MM-dd} 一次销售含麻黄碱类复方制剂“{s.ProductName}”（{s.ApprovalNo}）{s.Packs} 个最小包装，" +
            $"超过单次不得超过 {s.Limit} 个最小包装的规定（销售单号 {s.SaleNo}）",
            clock.Today(), actor.Current.ShownName, s.DivisionCode, null));
    }

    /// <summary>The buyer in clear for a role that needs it (section chiefs, admins); the read is audited.</summary>
    public async Task<Result<BuyerIdentity>> BuyerAsync(long warningId, CancellationToken ct)
    {
        if (!DrugsAccess.CanAdminister(actor.Current) || actor.Current.IsApiClient) return Result<BuyerIdentity>.Forbidden("只有科室负责人可以查看购买人完整身份信息");
        var w = await db.EphedrineWarnings.AsNoTracking().SingleOrDefaultAsync(x => x.Id == warningId, ct);
        if (w is null) return Result<BuyerIdentity>.NotFound($"预警 {warningId} 不存在或不在您的管辖范围内");
        var s = await db.EphedrineSales.IgnoreQueryFilters().AsNoTracking().Where(x => x.BuyerHash == w.BuyerHash).OrderByDescending(x => x.SoldAt).FirstAsync(ct);
        db.Audit("drugs.ephedrine.buyer-viewed", RecordType, w.Number, null, new { Purpose = "核查疑似异常购买" }, w.DivisionCode);
        await db.SaveChangesAsync(ct);
        return new BuyerIdentity(personal.Unprotect(s.BuyerIdProtected)!, personal.Unprotect(s.BuyerNameProtected));
    }

    // ── lists ─────────────────────────────────────────────────────────────────────────────────────────────────────────────

    public async Task<EphedrineSaleList> SalesAsync(string? division, string? q, DateOnly? from, DateOnly? to, bool? overLimit, int page, int size, CancellationToken ct)
    {
        size = Math.Clamp(size, 1, 200);
        page = Math.Clamp(page, 1, 100_000);
        var x = db.EphedrineSales.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(division) && DivisionTable.IsWellFormed(division.Trim()))
        {
            var prefix = DivisionTable.ScopePrefix(division.Trim());
            x = x.Where(s => s.DivisionCode.StartsWith(prefix));
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var t = q.Trim();
            x = x.Where(s => s.BusinessName.Contains(t) || s.Uscc == t || s.ProductName.Contains(t) || s.ApprovalNo == t || s.SaleNo == t);
        }

        if (from is { } f) x = x.Where(s => s.SoldOn >= f);
        if (to is { } e) x = x.Where(s => s.SoldOn <= e);
        if (overLimit == true) x = x.Where(s => s.OverLimit);
        var total = await x.CountAsync(ct);
        var rows = await x.OrderByDescending(s => s.SoldOn).ThenByDescending(s => s.Id).Skip(Paging.Skip(page, size)).Take(size).ToListAsync(ct);
        return new EphedrineSaleList([.. rows.Select(Row)], total, page, size);
    }

    public async Task<EphedrineWarningList> WarningsAsync(string? status, string? division, int page, int size, CancellationToken ct)
    {
        size = Math.Clamp(size, 1, 200);
        page = Math.Clamp(page, 1, 100_000);
        var x = db.EphedrineWarnings.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(division) && DivisionTable.IsWellFormed(division.Trim()))
        {
            var prefix = DivisionTable.ScopePrefix(division.Trim());
            x = x.Where(w => w.DivisionCode.StartsWith(prefix));
        }

        var open = await x.CountAsync(w => w.Status == WarningStatus.Open, ct);
        var st = status?.Trim() switch { "open" => WarningStatus.Open, "cleared" => WarningStatus.Cleared, "police" => WarningStatus.Referred, _ => (WarningStatus?)null };
        if (st is { } s) x = x.Where(w => w.Status == s);
        var total = await x.CountAsync(ct);
        var rows = await x.OrderBy(w => w.Status).ThenByDescending(w => w.ToOn).ThenByDescending(w => w.Id).Skip(Paging.Skip(page, size)).Take(size).ToListAsync(ct);
        var days = rules.GetInt(EphedrineRules.WindowKey, clock.Today());
        return new EphedrineWarningList([.. rows.Select(w => Row(w, days))], total, page, size, open);
    }

    public async Task<EphedrineWarningView?> GetWarningAsync(long id, CancellationToken ct)
    {
        var w = await db.EphedrineWarnings.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (w is null) return null;
        var sales = await db.EphedrineSales.IgnoreQueryFilters().AsNoTracking().Where(s => s.WarningId == id).OrderBy(s => s.SoldAt).ToListAsync(ct);
        return new EphedrineWarningView(Row(w, rules.GetInt(EphedrineRules.WindowKey, w.ToOn)), [.. sales.Select(Row)]);
    }

    private static EphedrineSaleRow Row(EphedrineSale s) => new(s.Id, s.BusinessName, s.DivisionCode, s.SaleNo, s.SoldAt, s.ProductName, s.ApprovalNo,
        s.ContentClass, s.Packs, s.BuyerIdMasked, s.BuyerNameMasked, s.OverLimit, s.Limit, s.WarningId, s.ClueAt is not null);

    private static EphedrineWarningRow Row(EphedrineWarning w, int days) => new(w.Id, w.Number, w.BuyerIdMasked, w.DivisionCode, w.FromOn, w.ToOn, w.Pharmacies,
        w.Packs, w.Purchases, EphedrineRules.Reason(w.ByPharmacies, w.ByPacks, w.Pharmacies, w.Packs, days),
        w.Status switch { WarningStatus.Open => "open", WarningStatus.Cleared => "cleared", _ => "police" }, EphedrineRules.NameOf(w.Status),
        w.Note, w.PoliceNote, w.HandledOn, w.HandledBy);

    private Task<string> NextNumberAsync(int year, CancellationToken ct) =>
        YearlyNumbers.NextAsync(db.EphedrineWarnings.IgnoreQueryFilters().Select(x => x.Number), NumberPrefix, year, ct,
            db.EphedrineWarnings.Local.Where(x => x.Id == 0).Select(x => x.Number));

    private const string NumberPrefix = "YJ";
}
