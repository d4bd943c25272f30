using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Domain.Recalls;
using Zhijian.FoodSafety.Domain.Trace;
using Zhijian.Platform.Web;

namespace Zhijian.FoodSafety.Features.Recalls;

/// <summary>
/// 召回范围: filled from the forward trace (<see cref="ITraceQueries"/>, area Trace) of a batch — the trace's lines replace the
/// previous trace's, manual lines stay — plus lines added by hand; each line's recalled quantity and status during the recall.
/// </summary>
internal sealed class RecallScopes(FoodSafetyDbContext db, Recalls recalls, IServiceProvider services, TimeProvider clock)
{
    public const int DefaultDepth = 5;
    public const int MaxDepth = 10;

    public async Task<Result<RecallView>> TraceAsync(long id, TraceRecallScope cmd, CancellationToken ct)
    {
        var key = cmd.BatchKey?.Trim() ?? "";
        var depth = cmd.Depth ?? DefaultDepth;
        if (key.Length == 0 || key.Length > 200) return Result<RecallView>.Invalid("batchKey", "批次标识（GTIN+批号、EPC 类标识或追溯码）不能为空，且不超过 200 个字符");
        if (depth is < 1 or > MaxDepth) return Result<RecallView>.Invalid("depth", $"追踪层级应在 1 到 {MaxDepth} 之间");
        var recall = await db.Recalls.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (recall is null) return Result<RecallView>.NotFound($"食品召回 {id} 不存在或不在您的管辖范围内");
        var trace = services.GetService<ITraceQueries>();
        if (trace is null) return Result<RecallView>.Unprocessable("追溯系统尚未启用，请手工添加召回范围");
        var graph = await trace.TraceAsync(new TraceRequest(key, TraceDirection.Forward, depth, null, null), ct);
        if (graph is null) return Result<RecallView>.Invalid("batchKey", $"追溯系统中没有该批次（{key}）");
        var drafts = RecallScope.FromTrace(graph, recall.Uscc);
        var existing = await db.RecallScopeLines.Where(l => l.RecallId == id && !l.Manual).ToListAsync(ct);
        return await recalls.Step(id, (r, _, _) =>
        {
            if (r.Status >= RecallStatus.Completed) return Recalls.Invalid("status", $"召回当前为“{RecallNames.Of(r.Status)}”，召回范围不能再改");
            db.RecallScopeLines.RemoveRange(existing);
            db.RecallScopeLines.AddRange(drafts.Select(d => new RecallScopeLine
            {
                RecallId = r.Id,
                PartyId = d.PartyId,
                PartyName = Cut(d.PartyName, 200),
                Uscc = d.Uscc,
                PartyKind = Cut(d.PartyKind, 20),
                DivisionCode = d.DivisionCode,
                BatchKey = d.BatchKey is null ? null : Cut(d.BatchKey, 200),
                ProductName = d.ProductName is null ? null : Cut(d.ProductName, 100),
                QuantityReceived = d.QuantityReceived,
                FirstReceivedAt = d.FirstReceivedAt,
                Depth = d.Depth,
            }));
            r.ScopeBatchKey = key;
            r.ScopeDepth = depth;
            r.ScopeTracedAt = clock.GetUtcNow();
            r.ScopeTruncated = graph.Truncated;
            return Recalls.Done("food.recall.scope-traced", new { BatchKey = key, Depth = depth, Lines = drafts.Count, Replaced = existing.Count, graph.Truncated },
                $"从追溯链生成召回范围：批次 {key}，{depth} 层，{drafts.Select(d => d.PartyId).Distinct(StringComparer.Ordinal).Count()} 个下游单位、{drafts.Count} 行{(graph.Truncated ? "（达到层级上限，更下游未列入）" : "")}");
        }, ct);
    }

    public Task<Result<RecallView>> AddAsync(long id, AddScopeLine cmd, CancellationToken ct) => recalls.Step(id, (r, _, errors) =>
    {
        if (r.Status >= RecallStatus.Completed) return Recalls.Invalid("status", $"召回当前为“{RecallNames.Of(r.Status)}”，召回范围不能再改");
        errors.Require("partyName", cmd.PartyName, "单位名称", 200).Require("partyKind", cmd.PartyKind, "单位类型", 20);
        if (!string.IsNullOrWhiteSpace(cmd.Uscc) && cmd.Uscc.Trim().Length != 18) errors.Add("uscc", "统一社会信用代码应为 18 位");
        if (!string.IsNullOrWhiteSpace(cmd.DivisionCode) && (cmd.DivisionCode.Trim().Length is not (6 or 9) || !cmd.DivisionCode.Trim().All(char.IsAsciiDigit)))
            errors.Add("divisionCode", "行政区划代码应为 6 位或 9 位数字");
        if (cmd.BatchKey?.Trim().Length > 200) errors.Add("batchKey", "批次标识不能超过 200 个字符");
        errors.Quantity("quantityReceived", cmd.QuantityReceived, "收货数量", required: false);
        if (cmd.Note?.Trim().Length > 500) errors.Add("note", "说明不能超过 500 个字符");
        if (errors.Count > 0) return null;
        var line = new RecallScopeLine
        {
            RecallId = r.Id,
            PartyName = cmd.PartyName.Trim(),
            Uscc = string.IsNullOrWhiteSpace(cmd.Uscc) ? null : cmd.Uscc.Trim().ToUpperInvariant(),
            PartyKind = cmd.PartyKind.Trim(),
            DivisionCode = string.IsNullOrWhiteSpace(cmd.DivisionCode) ? null : cmd.DivisionCode.Trim(),
            BatchKey = string.IsNullOrWhiteSpace(cmd.BatchKey) ? null : cmd.BatchKey.Trim(),
            QuantityReceived = cmd.QuantityReceived,
            Manual = true,
            Note = string.IsNullOrWhiteSpace(cmd.Note) ? null : cmd.Note.Trim(),
        };
        db.RecallScopeLines.Add(line);
        return Recalls.Done("food.recall.scope-added", new { line.PartyName, line.PartyKind, line.BatchKey, line.QuantityReceived },
            $"手工添加召回范围：{line.PartyName}（{line.PartyKind}）");
    }, ct);

    public async Task<Result<RecallView>> UpdateAsync(long id, long lineId, UpdateScopeLine cmd, CancellationToken ct)
    {
        var line = await db.RecallScopeLines.SingleOrDefaultAsync(l => l.Id == lineId && l.RecallId == id, ct);
        return await recalls.Step(id, (r, _, errors) =>
        {
            if (line is null) return Recalls.NotFound($"召回 {r.Number} 的召回范围中没有第 {lineId} 行");
            if (r.Status >= RecallStatus.Completed) return Recalls.Invalid("status", $"召回当前为“{RecallNames.Of(r.Status)}”，召回范围不能再改");
            if (!Enum.IsDefined(cmd.Status)) errors.Add("status", "状态应为待通知、已通知停售、召回中、已召回完毕或已无库存");
            errors.Quantity("recalled", cmd.Recalled, "已召回数量");
            if (cmd.Recalled is not null && line.QuantityReceived is { } got && cmd.Recalled > got) errors.Add("recalled", $"已召回数量 {Recalls.Q(cmd.Recalled.Value)} 大于该单位的收货数量 {Recalls.Q(got)}");
            if (cmd.Note?.Trim().Length > 500) errors.Add("note", "说明不能超过 500 个字符");
            if (errors.Count > 0) return null;
            var before = $"{RecallNames.Of(line.Status)}，{Recalls.Q(line.Recalled)}";
            line.Recalled = cmd.Recalled!.Value;
            line.Status = cmd.Status;
            line.Note = string.IsNullOrWhiteSpace(cmd.Note) ? line.Note : cmd.Note.Trim();
            return Recalls.Done("food.recall.scope-updated", new { line.PartyName, Status = RecallNames.Of(line.Status), line.Recalled, Before = before },
                $"召回范围 {line.PartyName}：{RecallNames.Of(line.Status)}，已召回 {Recalls.Q(line.Recalled)}{r.Unit}");
        }, ct);
    }

    private static string Cut(string s, int max) => s.Length <= max ? s : s[..max];
}
