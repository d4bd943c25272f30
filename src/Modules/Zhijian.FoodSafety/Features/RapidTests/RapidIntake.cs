using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Domain.Markets;
using Zhijian.FoodSafety.Domain.Trace;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.FoodSafety.Features.RapidTests;

/// <summary>
/// One rapid-test result as a device, market system or staff member posts it. <c>ResultId</c> is the sender's own id, unique per test
/// point; <c>Result</c> is 阴性 or 阳性; <c>Origin</c> a 6-digit division code or a country; <c>BatchRef</c> free text or a 追溯 batch key.
/// </summary>
internal sealed record RapidResultInput(string? ResultId, long? TestPointId, string? Stall, string? StallOperator, string? ProductName, string? ProductGroup,
    string? SupplierName, string? SupplierUscc, string? Origin, string? BatchRef, string? ItemCode, string? Method, string? Result, string? Value,
    DateTimeOffset? TestedAt, DateTimeOffset? DeliveredAt, string? Tester);

/// <summary>POST /api/v1/food/rapid-tests/batch: up to <see cref="RapidIntake.MaxBatch"/> results.</summary>
internal sealed record RapidBatch(IReadOnlyList<RapidResultInput>? Results);

/// <summary>What was recorded: new results, resent ones (already stored, not counted again), positives with their ids (停售控制).</summary>
internal sealed record RapidBatchAccepted(int Received, int Created, int Duplicates, int Positives, IReadOnlyList<long> PositiveIds);

/// <summary>
/// 快检结果批量报送, one pass: validate every row (errors by index and field, nothing written on any error); read the referenced test
/// points, the item catalogue and the already-stored (point, result id) pairs in three set queries; resolve the batch reference of
/// positives through <see cref="ITraceQueries"/> when the trace area answers (never failing when it does not); insert all new rows in
/// one save (EF batches them into a few multi-row statements) with one audit entry for the batch and one per positive (停售控制, its
/// 停售通知 recorded on the row). Resent rows are skipped, so retries never double-count.
/// </summary>
internal sealed class RapidIntake(FoodSafetyDbContext db, ActorContext actor, IRuleBook rules, TestPoints catalogue, IServiceProvider services, TimeProvider clock)
{
    public const int MaxBatch = 500;

    public async Task<Result<RapidBatchAccepted>> PostAsync(RapidBatch batch, CancellationToken ct)
    {
        var rows = batch.Results ?? [];
        if (rows.Count == 0) return Result<RapidBatchAccepted>.Invalid("results", "快检结果不能为空");
        if (rows.Count > MaxBatch) return Result<RapidBatchAccepted>.Invalid("results", $"每次最多报送 {MaxBatch} 条快检结果（本次 {rows.Count} 条），请分批报送");
        var now = clock.GetUtcNow();
        var pointIds = rows.Where(r => r?.TestPointId is not null).Select(r => r!.TestPointId!.Value).Distinct().ToList();
        var points = await db.TestPoints.AsNoTracking().Where(p => pointIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Name, p.Active, p.DivisionCode }).ToDictionaryAsync(p => p.Id, ct);
        var items = await db.RapidItems.AsNoTracking().Where(i => i.Active).ToDictionaryAsync(i => i.Code, StringComparer.OrdinalIgnoreCase, ct);
        if (items.Count == 0 && !await db.RapidItems.AnyAsync(ct))
        {
            await catalogue.EnsureCatalogueAsync(ct);
            items = await db.RapidItems.AsNoTracking().Where(i => i.Active).ToDictionaryAsync(i => i.Code, StringComparer.OrdinalIgnoreCase, ct);
        }

        var clientIds = rows.Select(r => r?.ResultId?.Trim()).Where(s => !string.IsNullOrEmpty(s)).Distinct(StringComparer.Ordinal).ToList();
        var stored = (await db.RapidTests.IgnoreQueryFilters().AsNoTracking().Where(t => pointIds.Contains(t.TestPointId) && clientIds.Contains(t.ClientId))
            .Select(t => new { t.TestPointId, t.ClientId }).ToListAsync(ct)).Select(t => (t.TestPointId, t.ClientId)).ToHashSet();

        var errors = new FieldErrors();
        var seen = new HashSet<(long, string)>();
        var accepted = new List<RapidTest>(rows.Count);
        var duplicates = 0;
        var hours = rules.GetInt("food.rapid-objection.hours", clock.Today());
        var by = actor.Current.ShownName;
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var f = $"results[{i}]";
            var label = $"第 {i + 1} 条";
            if (r is null)
            {
                errors.Add(f, $"{label}：内容为空");
                continue;
            }

            var before = errors.Count;
            var clientId = r.ResultId?.Trim() ?? "";
            if (clientId.Length == 0) errors.Add($"{f}.resultId", $"{label}：结果编号（resultId）不能为空");
            else if (clientId.Length > 64) errors.Add($"{f}.resultId", $"{label}：结果编号不得超过 64 个字符");
            if (r.TestPointId is not { } pid || !points.TryGetValue(pid, out var point))
            {
                errors.Add($"{f}.testPointId", $"{label}：快检点 {r.TestPointId?.ToString(CultureInfo.InvariantCulture) ?? "（空）"} 不存在或不在您的管辖范围内");
                point = null;
            }
            else if (!point.Active) errors.Add($"{f}.testPointId", $"{label}：快检点“{point.Name}”已停用");

            Need(errors, $"{f}.stall", r.Stall, $"{label}：摊位号", 40);
            Need(errors, $"{f}.stallOperator", r.StallOperator, $"{label}：摊位经营者", 100);
            Need(errors, $"{f}.productName", r.ProductName, $"{label}：产品名称", 60);
            Need(errors, $"{f}.tester", r.Tester, $"{label}：检测人员", 60);
            var group = ProductGroups.Find(r.ProductGroup);
            if (group is null) errors.Add($"{f}.productGroup", $"{label}：产品类别“{r.ProductGroup}”不存在（应为 {string.Join("、", ProductGroups.List.Select(g => $"{g.Code} {g.Name}"))}）");
            if (Len(r.SupplierName) > 200) errors.Add($"{f}.supplierName", $"{label}：供货者名称不得超过 200 字");
            var uscc = r.SupplierUscc?.Trim().ToUpperInvariant();
            if (!string.IsNullOrEmpty(uscc) && !Uscc.IsValid(uscc)) errors.Add($"{f}.supplierUscc", $"{label}：供货者统一社会信用代码“{uscc}”校验不通过");
            if (!string.IsNullOrEmpty(uscc) && string.IsNullOrWhiteSpace(r.SupplierName)) errors.Add($"{f}.supplierName", $"{label}：填写了供货者统一社会信用代码时应填写供货者名称");
            var origin = r.Origin?.Trim();
            if (!string.IsNullOrEmpty(origin))
            {
                if (origin.All(char.IsAsciiDigit))
                {
                    if (!DivisionTable.Default.IsKnown(origin)) errors.Add($"{f}.origin", $"{label}：产地区划代码“{origin}”不存在");
                }
                else if (origin.Length > 60) errors.Add($"{f}.origin", $"{label}：产地不得超过 60 字");
            }

            if (Len(r.BatchRef) > 120) errors.Add($"{f}.batchRef", $"{label}：批次不得超过 120 个字符");
            RapidItem? item = null;
            if (string.IsNullOrWhiteSpace(r.ItemCode) || !items.TryGetValue(r.ItemCode.Trim(), out item))
                errors.Add($"{f}.itemCode", $"{label}：快检项目“{r.ItemCode}”不在快检项目目录中（或已停用）");
            else
            {
                if (!string.IsNullOrWhiteSpace(r.Method) && !string.Equals(r.Method.Trim(), item.Method, StringComparison.Ordinal))
                    errors.Add($"{f}.method", $"{label}：检测方法“{r.Method.Trim()}”与快检项目“{item.Name}”的方法“{item.Method}”不一致");
                if (group is not null && !item.Groups.Split(',').Contains(group.Code, StringComparer.Ordinal))
                    errors.Add($"{f}.itemCode", $"{label}：快检项目“{item.Name}（{item.Method}）”不适用于{group.Name}");
            }

            bool? positive = r.Result?.Trim() switch
            {
                "阳性" or "positive" => true,
                "阴性" or "negative" => false,
                _ => null,
            };
            if (positive is null) errors.Add($"{f}.result", $"{label}：检测结果应为“阴性”或“阳性”");
            if (Len(r.Value) > 40) errors.Add($"{f}.value", $"{label}：检测值不得超过 40 个字符");
            if (r.TestedAt is not { } tested) errors.Add($"{f}.testedAt", $"{label}：检测时间不能为空");
            else if (tested > now.AddMinutes(5)) errors.Add($"{f}.testedAt", $"{label}：检测时间 {Fuses.Fuses.Local(tested)} 晚于当前时间");
            else if (tested < now.AddYears(-1)) errors.Add($"{f}.testedAt", $"{label}：检测时间 {Fuses.Fuses.Local(tested)} 早于一年前");
            if (r.DeliveredAt is { } d && (d > now.AddMinutes(5) || (r.TestedAt is { } t0 && d < t0)))
                errors.Add($"{f}.deliveredAt", $"{label}：结果告知时间应在检测时间与当前时间之间");
            if (point is not null && clientId.Length > 0 && !seen.Add((point.Id, clientId)))
                errors.Add($"{f}.resultId", $"{label}：结果编号“{clientId}”在本次报送中重复");
            if (errors.Count > before || point is null) continue;
            if (stored.Contains((point.Id, clientId)))
            {
                duplicates++;
                continue;
            }

            var delivered = (r.DeliveredAt ?? now).ToUniversalTime();
            accepted.Add(new RapidTest
            {
                TestPointId = point.Id,
                ClientId = clientId,
                DivisionCode = point.DivisionCode,
                Stall = r.Stall!.Trim(),
                StallOperator = r.StallOperator!.Trim(),
                ProductName = r.ProductName!.Trim(),
                ProductGroup = group!.Code,
                SupplierName = Trim(r.SupplierName),
                SupplierUscc = string.IsNullOrEmpty(uscc) ? null : uscc,
                Origin = string.IsNullOrEmpty(origin) ? null : origin,
                BatchRef = Trim(r.BatchRef),
                ItemId = item!.Id,
                ItemName = item.Name,
                Method = item.Method,
                Positive = positive!.Value,
                Value = Trim(r.Value),
                TestedAt = r.TestedAt!.Value.ToUniversalTime(),
                Tester = r.Tester!.Trim(),
                DeliveredAt = delivered,
                ObjectionBy = positive.Value ? ObjectionWindow.Closes(delivered, hours) : null,
                Status = positive.Value ? RapidStatus.Stopped : RapidStatus.Negative,
                ReceivedAt = now,
                PostedBy = by,
            });
        }

        if (errors.Count > 0) return Result<RapidBatchAccepted>.Invalid(errors.ToDictionary());
        var positives = accepted.Where(t => t.Positive).ToList();
        await ResolveBatchesAsync(positives, ct);
        foreach (var t in positives) t.StopNotice = StopNotice(t, points[t.TestPointId].Name);
        db.RapidTests.AddRange(accepted);
        if (accepted.Count > 0)
            db.Audit("food.rapid.batch", "FoodRapidBatch", now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), null,
                new { Received = rows.Count, Created = accepted.Count, Duplicates = duplicates, Positives = positives.Count, Points = accepted.Select(a => a.TestPointId).Distinct().Count() });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Result<RapidBatchAccepted>.Conflict("results", "部分结果编号正由另一请求同时报送，请稍后重试（已报送的结果不会重复计入）");
        }

        if (positives.Count > 0)
        {
            // The positives' audit entries need their ids: a second, small save in the same request (the rows are already stored as 停售控制).
            foreach (var t in positives)
                db.Audit("food.rapid.stopped", "FoodRapidTest", Id(t.Id), null,
                    new { Status = RapidNames.Of(t.Status), t.ProductName, t.Stall, t.ItemName, t.ObjectionBy, t.StopNotice }, t.DivisionCode);
            await db.SaveChangesAsync(ct);
        }

        return new RapidBatchAccepted(rows.Count, accepted.Count, duplicates, positives.Count, [.. positives.Select(p => p.Id)]);
    }

    internal static string StopNotice(RapidTest t, string point) =>
        Cap($"停售通知：{point}{t.Stall} 号摊位，{Fuses.Fuses.Local(t.TestedAt)} 快检“{t.ProductName}”{t.ItemName}（{t.Method}）结果为阳性{(t.Value is null ? "" : $"（{t.Value}）")}，"
            + $"该批次{(t.BatchRef is null ? "" : $"（{t.BatchRef}）")}即时停止销售、就地封存；对结果有异议的，可于 {Fuses.Fuses.Local(t.ObjectionBy!.Value)} 前提出复检（复检不得采用快速检测方法）。", 500);

    private async Task ResolveBatchesAsync(List<RapidTest> positives, CancellationToken ct)
    {
        var trace = services.GetService<ITraceQueries>();
        if (trace is null) return;
        foreach (var group in positives.Where(p => p.BatchRef is not null).GroupBy(p => p.BatchRef!, StringComparer.Ordinal))
        {
            try
            {
                var batch = await trace.FindBatchAsync(group.Key, ct);
                if (batch is null) continue;
                foreach (var t in group) t.TraceBatchKey = batch.BatchKey.Length > 200 ? batch.BatchKey[..200] : batch.BatchKey;
            }
#pragma warning disable CA1031 // the trace area is optional for intake: a failing lookup leaves the batch unresolved
            catch (Exception)
#pragma warning restore CA1031
            {
                return;
            }
        }
    }

    private static void Need(FieldErrors errors, string field, string? value, string label, int max)
    {
        if (string.IsNullOrWhiteSpace(value)) errors.Add(field, $"{label}不能为空");
        else if (value.Trim().Length > max) errors.Add(field, $"{label}不得超过 {max} 个字符");
    }

    private static int Len(string? s) => s?.Trim().Length ?? 0;

    private static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string Cap(string s, int n) => s.Length > n ? s[..n] : s;

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
