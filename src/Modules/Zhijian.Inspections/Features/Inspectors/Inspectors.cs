using Microsoft.EntityFrameworkCore;
using Zhijian.Inspections.Data;
using Zhijian.Inspections.Domain;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Privacy;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Inspections.Features.Inspectors;

internal sealed record SaveInspector(string? Name, string? CertificateNo, string? Department, IReadOnlyList<string>? FieldTags, string? UserName, bool? Active);

internal sealed record AddLeave(DateOnly? From, DateOnly? To, string? Reason);

internal sealed record DeclareConflict(string? Uscc, string? PersonName, string? Reason);

internal sealed record LeaveView(long Id, DateOnly From, DateOnly To, string Reason);

/// <summary>A declared conflict; the person's name masked (张*) outside the officer's own record.</summary>
internal sealed record ConflictView(long Id, string? Uscc, string? Person, string Reason, DateTimeOffset DeclaredAt);

internal sealed record InspectorView(long Id, string Name, string CertificateNo, string Department, IReadOnlyList<string> FieldTags, string? UserName,
    string OrgUnitName, bool Active, bool OnLeaveToday, IReadOnlyList<LeaveView> Leaves, IReadOnlyList<ConflictView> Conflicts, int OpenAssignments);

/// <summary>执法检查人员名录库: officers by org unit, with certificates, field tags, leave and declared conflicts.</summary>
internal sealed class Inspectors(InspectionsDbContext db, OrgScope scope, Assignments.Assignments assignments, TimeProvider clock)
{
    public async Task<IReadOnlyList<InspectorView>> ListAsync(string? department, string? tag, CancellationToken ct)
    {
        var list = await db.Inspectors.AsNoTracking()
            .Where(x => (department == null || x.Department == department))
            .OrderBy(x => x.Department).ThenBy(x => x.CertificateNo).ToListAsync(ct);
        if (!string.IsNullOrWhiteSpace(tag)) list = [.. list.Where(x => x.FieldTags.Contains(tag.Trim()))];
        var ids = list.Select(x => x.Id).ToList();
        var leaves = (await db.Leaves.AsNoTracking().Where(x => ids.Contains(x.InspectorId)).OrderBy(x => x.From).ToListAsync(ct)).ToLookup(x => x.InspectorId);
        var conflicts = (await db.Conflicts.AsNoTracking().Where(x => ids.Contains(x.InspectorId)).OrderBy(x => x.Id).ToListAsync(ct)).ToLookup(x => x.InspectorId);
        var open = await db.Assignments.AsNoTracking().Where(a => ids.Contains(a.InspectorId) && !a.Recused)
            .Join(db.Targets.AsNoTracking().Where(t => t.Status == TargetStatus.Pending), a => a.TargetId, t => t.Id, (a, t) => a.InspectorId)
            .GroupBy(x => x).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        var today = clock.Today();
        return [.. list.Select(i => new InspectorView(i.Id, i.Name, i.CertificateNo, i.Department, i.FieldTags, i.UserName, i.OrgUnitName, i.Active,
            leaves[i.Id].Any(l => l.From <= today && l.To >= today),
            [.. leaves[i.Id].Select(l => new LeaveView(l.Id, l.From, l.To, l.Reason))],
            [.. conflicts[i.Id].Select(c => new ConflictView(c.Id, c.Uscc, c.PersonName is null ? null : Masks.Name(c.PersonName), c.Reason, c.DeclaredAt))],
            open.GetValueOrDefault(i.Id)))];
    }

    public async Task<Result<InspectorView>> SaveAsync(long? id, SaveInspector cmd, CancellationToken ct)
    {
        if (await scope.CurrentAsync(ct) is not { } unit) return Result<InspectorView>.Forbidden("只有机构内的工作人员可以维护执法检查人员名录库");
        var e = new FieldErrors();
        e.Require("name", cmd.Name, "姓名", 50).Require("certificateNo", cmd.CertificateNo, "执法证号", 40);
        if (cmd.Department is { Length: > 60 }) e.Add("department", "所属部门不能超过 60 个字符");
        if (cmd.FieldTags?.Any(t => t.Contains(',', StringComparison.Ordinal) || t.Trim().Length is 0 or > 20) == true) e.Add("fieldTags", "专业领域每项 1–20 个字符，不能含逗号");
        if (cmd.UserName is { Length: > 256 }) e.Add("userName", "登录账号不能超过 256 个字符");
        if (e.Count > 0) return Result<InspectorView>.Invalid(e.ToDictionary());
        var cert = cmd.CertificateNo!.Trim();
        var inspector = id is null ? new Inspector { OrgUnitId = unit.Id, OrgUnitName = unit.Name, DivisionCode = unit.DivisionCode } : await db.Inspectors.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (inspector is null) return Result<InspectorView>.NotFound($"执法检查人员 {id} 不存在或不在您的管辖范围内");
        if (await db.Inspectors.IgnoreQueryFilters().AnyAsync(x => x.CertificateNo == cert && x.Id != inspector.Id, ct))
            return Result<InspectorView>.Conflict("certificateNo", $"执法证号“{cert}”已登记在另一名人员名下");
        var before = id is null ? null : new { inspector.Name, inspector.CertificateNo, inspector.Department, inspector.FieldTags, inspector.Active };
        inspector.Name = cmd.Name!.Trim();
        inspector.CertificateNo = cert;
        inspector.Department = string.IsNullOrWhiteSpace(cmd.Department) ? Items.Items.DefaultDepartment : cmd.Department.Trim();
        inspector.FieldTags = [.. (cmd.FieldTags ?? []).Select(t => t.Trim()).Distinct(StringComparer.Ordinal)];
        inspector.UserName = string.IsNullOrWhiteSpace(cmd.UserName) ? null : cmd.UserName.Trim();
        inspector.Active = cmd.Active ?? true;
        inspector.UpdatedAt = clock.GetUtcNow();
        if (id is null) db.Inspectors.Add(inspector);
        db.Audit(id is null ? "inspections.inspector.created" : "inspections.inspector.updated", "Inspector", cert, before,
            new { inspector.Name, inspector.CertificateNo, inspector.Department, inspector.FieldTags, inspector.Active }, inspector.DivisionCode);
        await db.SaveChangesAsync(ct);
        return (await ListAsync(null, null, ct)).Single(x => x.Id == inspector.Id);
    }

    public async Task<Result<InspectorView>> AddLeaveAsync(long id, AddLeave cmd, CancellationToken ct)
    {
        var inspector = await db.Inspectors.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (inspector is null) return Result<InspectorView>.NotFound($"执法检查人员 {id} 不存在或不在您的管辖范围内");
        var e = new FieldErrors();
        if (cmd.From is null) e.Add("from", "请填写开始日期");
        if (cmd.To is null) e.Add("to", "请填写结束日期");
        if (cmd.From is { } f && cmd.To is { } t && t < f) e.Add("to", "结束日期不能早于开始日期");
        e.Require("reason", cmd.Reason, "事由", 200);
        if (e.Count > 0) return Result<InspectorView>.Invalid(e.ToDictionary());
        db.Leaves.Add(new InspectorLeave { InspectorId = id, From = cmd.From!.Value, To = cmd.To!.Value, Reason = cmd.Reason!.Trim(), DivisionCode = inspector.DivisionCode });
        db.Audit("inspections.inspector.leave", "Inspector", inspector.CertificateNo, null, new { cmd.From, cmd.To, reason = cmd.Reason!.Trim() }, inspector.DivisionCode);
        await db.SaveChangesAsync(ct);
        return (await ListAsync(null, null, ct)).Single(x => x.Id == id);
    }

    /// <summary>申报利害关系: recorded in the library; any open assignment it touches is recused and redrawn at once.</summary>
    public async Task<Result<InspectorView>> DeclareConflictAsync(long id, DeclareConflict cmd, CancellationToken ct)
    {
        var inspector = await db.Inspectors.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (inspector is null) return Result<InspectorView>.NotFound($"执法检查人员 {id} 不存在或不在您的管辖范围内");
        var e = new FieldErrors();
        var uscc = string.IsNullOrWhiteSpace(cmd.Uscc) ? null : cmd.Uscc.Trim().ToUpperInvariant();
        var person = string.IsNullOrWhiteSpace(cmd.PersonName) ? null : cmd.PersonName.Trim();
        if (uscc is null && person is null) e.Add("uscc", "请填写存在利害关系的主体（统一社会信用代码）或人员姓名");
        if (uscc is not null && Uscc.Check(uscc) is { Valid: false } check) e.Add("uscc", $"统一社会信用代码“{uscc}”无效：{check.Error}");
        if (person is { Length: > 50 }) e.Add("personName", "人员姓名不能超过 50 个字符");
        e.Require("reason", cmd.Reason, "利害关系说明", 200);
        if (e.Count > 0) return Result<InspectorView>.Invalid(e.ToDictionary());
        db.Conflicts.Add(new InspectorConflict { InspectorId = id, Uscc = uscc, PersonName = person, Reason = cmd.Reason!.Trim(), DeclaredAt = clock.GetUtcNow(), DivisionCode = inspector.DivisionCode });
        db.Audit("inspections.inspector.conflict", "Inspector", inspector.CertificateNo, null, new { uscc, person = person is null ? null : Masks.Name(person), reason = cmd.Reason!.Trim() }, inspector.DivisionCode);

        var open = await db.Assignments.Where(a => a.InspectorId == id && !a.Recused)
            .Join(db.Targets.Where(t => t.Status == TargetStatus.Pending && ((uscc != null && t.Uscc == uscc) || (person != null && t.LegalRep == person))), a => a.TargetId, t => t.Id, (a, t) => a)
            .ToListAsync(ct);
        foreach (var a in open)
        {
            var r = await assignments.RecuseCoreAsync(a, "申报利害关系：" + cmd.Reason!.Trim(), ct);
            if (!r.IsSuccess) return Result<InspectorView>.Unprocessable(r.ErrorText + "（利害关系未登记）");
        }

        await db.SaveChangesAsync(ct);
        return (await ListAsync(null, null, ct)).Single(x => x.Id == id);
    }
}
