using Microsoft.EntityFrameworkCore;
using Zhijian.Drugs.Data;
using Zhijian.Drugs.Domain.Registers;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Todo;

namespace Zhijian.Drugs.Features.Registers;

/// <summary>工作台 to-dos: 疑似异常购买 warnings to verify and new adverse-reaction signals to review, in the user's jurisdiction.</summary>
internal sealed class RegisterTodo(DrugsDbContext db) : ITodoSource
{
    public string Module => "药品医疗器械化妆品";

    public async Task<IReadOnlyList<TodoItem>> GetAsync(TodoContext ctx, CancellationToken ct)
    {
        var a = ctx.Actor;
        if (a.IsApiClient || !(a.IsInRole(Roles.Inspector) || DrugsAccess.CanAdminister(a))) return [];
        var items = new List<TodoItem>();
        var open = await db.EphedrineWarnings.AsNoTracking().Where(w => w.Status == WarningStatus.Open).OrderBy(w => w.ToOn).Take(200)
            .Select(w => new { w.Id, w.Number, w.BuyerIdMasked, w.Pharmacies, w.Packs }).ToListAsync(ct);
        items.AddRange(ctx.Cap(open.Select(w => ctx.Approval(Module, "含麻制剂疑似异常购买：核查", $"{w.Number} 购买人 {w.BuyerIdMasked}（{w.Pharmacies} 家药店，{w.Packs} 盒）", null,
                $"/drugs/ephedrine/warnings/{w.Id}")),
            (kind, n) => new TodoItem(Module, kind, "其他待核查的疑似异常购买", $"另有 {n} 件", null, "/drugs/ephedrine?tab=warnings")));
        var signals = await db.AdverseSignals.AsNoTracking().Where(s => !s.Reviewed).OrderByDescending(s => s.ToOn).Take(200)
            .Select(s => new { s.Id, s.Number, s.ProductName, s.Reporters, s.Death }).ToListAsync(ct);
        items.AddRange(ctx.Cap(signals.Select(s => ctx.Approval(Module, s.Death ? "不良反应信号（死亡病例）：研判" : "不良反应信号：研判",
                $"{s.Number} {s.ProductName}（{s.Reporters} 家单位报告）", null, $"/drugs/adverse-signals/{s.Id}")),
            (kind, n) => new TodoItem(Module, kind, "其他待研判的不良反应信号", $"另有 {n} 个", null, "/drugs/adverse-reports?tab=signals")));
        return items;
    }
}
