using Microsoft.EntityFrameworkCore;
using Zhijian.Drugs.Data;
using Zhijian.Drugs.Domain.Licences;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Todo;

namespace Zhijian.Drugs.Features.Licences;

/// <summary>
/// 工作台 to-dos of the licence area: licences in (or near) their renewal window without an application, licences whose window passed
/// without one, device businesses without an on-time self-inspection report after 31 March, and pharmacists found absent this month.
/// </summary>
internal sealed class LicenceTodo(DrugsDbContext db, LicenceBook book, SelfReports reports) : ITodoSource
{
    public string Module => "药品医疗器械化妆品";

    public async Task<IReadOnlyList<TodoItem>> GetAsync(TodoContext ctx, CancellationToken ct)
    {
        var a = ctx.Actor;
        if (a.IsApiClient || !(a.IsInRole(Roles.Inspector) || a.IsInRole(Roles.Registrar) || DrugsAccess.CanAdminister(a))) return [];
        var items = new List<TodoItem>();
        var due = await book.LicencesAsync("due", null, null, null, 1, 1, ct);
        if (due.Total > 0)
            items.Add(new TodoItem(Module, TodoKind.DueSoon, "提醒许可证延续申请", $"{due.Total} 张药品、医疗器械经营许可证进入或临近延续申请期、尚未申请", null, "/drugs/licences?tab=due")
            { Count = due.Total });
        var missed = await book.LicencesAsync("missed", null, null, null, 1, 1, ct);
        if (missed.Total > 0)
            items.Add(new TodoItem(Module, TodoKind.Overdue, "跟进错过延续申请期的许可证", $"{missed.Total} 张许可证已过延续申请期仍未申请，到期后不得继续经营", null,
                "/drugs/licences?tab=due&view=missed")
            { Count = missed.Total });
        var year = await reports.YearAsync(null, null, ct);
        if (ctx.Today > year.DueOn && year.Missing + year.Late > 0 && ctx.Today <= year.DueOn.AddYears(1))
            items.Add(new TodoItem(Module, TodoKind.Overdue, "督促医疗器械经营企业提交年度自查报告",
                $"{year.Year} 年度自查报告 {year.Missing} 家未报、{year.Late} 家逾期（截止 {year.DueOn:yyyy-MM-dd}）", null, "/drugs/licences?tab=reports")
            { Count = year.Missing + year.Late });
        var monthStart = new DateOnly(ctx.Today.Year, ctx.Today.Month, 1);
        var absent = await db.PharmacistChecks.AsNoTracking().CountAsync(c => c.Required && !c.OnDuty && c.On >= monthStart, ct);
        if (absent > 0)
            items.Add(new TodoItem(Module, TodoKind.Overdue, "处理执业药师不在岗", $"本月 {absent} 次检查发现应配备执业药师的药店执业药师不在岗", null,
                "/drugs/businesses?tab=duty")
            { Count = absent });
        return items;
    }
}
