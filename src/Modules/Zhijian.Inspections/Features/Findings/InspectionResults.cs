using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Zhijian.Inspections.Contracts;
using Zhijian.Inspections.Data;
using Zhijian.Inspections.Domain;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;
using TaskStatus = Zhijian.Inspections.Domain.TaskStatus;

namespace Zhijian.Inspections.Features.Findings;

/// <summary>录入检查结果 for a drawn target (by USCC).</summary>
internal sealed record EnterResult(string? Uscc, ResultCategory? Category, string? Notes, DateOnly? InspectedOn);

/// <summary>检查人员确认: the officer's certificate number (a console user confirms for themself).</summary>
internal sealed record ConfirmResult(string? CertificateNo);

/// <summary>更正已公示的结果: always with a reason, recorded.</summary>
internal sealed record CorrectResult(ResultCategory? Category, string? Notes, string? Reason);

internal sealed record AttachmentView(long Id, string FileName, string ContentType, long Size, string Sha256, string UploadedBy, DateTimeOffset UploadedAt);

internal sealed record ResultView(long Id, long TaskId, long TargetId, string Uscc, string EntityName, ResultCategory Category, string CategoryName, string Notes,
    DateOnly InspectedOn, string EnteredBy, IReadOnlyList<string> Officers, IReadOnlyList<string> ConfirmedBy, bool Confirmed, DateOnly PublishBy,
    DateOnly? PublishedOn, bool Overdue, int Version, string? CorrectionReason, IReadOnlyList<AttachmentView> Attachments);

/// <summary>抽查结果: entry, attachments with hashes, the officers' confirmation, publication (一公开) and recorded corrections.</summary>
internal sealed class InspectionResults(InspectionsDbContext db, ActorContext actor, IRuleBook rules, IWorkingCalendar calendar, TimeProvider clock)
{
    public const long MaxAttachmentBytes = 20 * 1024 * 1024;

    public static readonly IReadOnlySet<string> AllowedTypes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "image/jpeg", "image/png", "image/webp", "image/heic", "application/pdf", "video/mp4",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/msword",
    };

    public async Task<Result<ResultView>> EnterAsync(long taskId, EnterResult cmd, CancellationToken ct)
    {
        var today = clock.Today();
        var e = new FieldErrors();
        if (string.IsNullOrWhiteSpace(cmd.Uscc)) e.Add("uscc", "请填写检查对象的统一社会信用代码");
        if (cmd.Category is not { } category || !Enum.IsDefined(category)) e.Add("category", "请选择检查结果类别");
        e.Require("notes", cmd.Notes, "检查情况", 4000);
        if (cmd.InspectedOn is null) e.Add("inspectedOn", "请填写检查日期");
        else if (cmd.InspectedOn > today) e.Add("inspectedOn", $"检查日期 {cmd.InspectedOn:yyyy-MM-dd} 晚于今天");
        if (e.Count > 0) return Result<ResultView>.Invalid(e.ToDictionary());
        var task = await db.Tasks.SingleOrDefaultAsync(x => x.Id == taskId, ct);
        if (task is null) return Result<ResultView>.NotFound($"抽查任务 {taskId} 不存在或不在您的管辖范围内");
        var uscc = cmd.Uscc!.Trim().ToUpperInvariant();
        var target = await db.Targets.SingleOrDefaultAsync(x => x.TaskId == taskId && x.Uscc == uscc, ct);
        if (target is null || target.Status == TargetStatus.Replaced)
            return Result<ResultView>.Invalid("uscc", target is null ? $"主体 {uscc} 不是本任务抽中的检查对象，不能录入结果" : $"“{target.EntityName}”已被补抽替换（{target.ReplacedReason}），不能录入结果");
        if (task.Status is TaskStatus.Draft or TaskStatus.Committed or TaskStatus.Drawn)
            return Result<ResultView>.Unprocessable("本任务尚未分派执法检查人员，不能录入结果");
        if (cmd.InspectedOn < task.StartOn) return Result<ResultView>.Invalid("inspectedOn", $"检查日期早于任务的检查期间（{task.StartOn:yyyy-MM-dd} 起）");
        if (!await MayActOnAsync(target.Id, ct)) return Result<ResultView>.Forbidden($"您不是“{target.EntityName}”的检查人员，不能录入其结果");
        var result = await db.Results.SingleOrDefaultAsync(x => x.TargetId == target.Id, ct);
        if (result is { Confirmed: true })
            return Result<ResultView>.Conflict("result", result.PublishedAt is null ? "检查人员已确认该结果，不能再修改" : "结果已公示，只能办理更正（须说明理由，更正记录公开）");
        var before = result is null ? null : Snapshot(result);
        var now = clock.GetUtcNow();
        result ??= new InspectionResult { TaskId = taskId, TargetId = target.Id, Uscc = uscc, EntityName = target.EntityName, DivisionCode = target.DivisionCode };
        result.Category = cmd.Category!.Value;
        result.Notes = cmd.Notes!.Trim();
        result.InspectedOn = cmd.InspectedOn!.Value;
        result.EnteredBy = actor.Current.Name;
        result.EnteredAt = now;
        result.ConfirmedBy = [];
        result.PublishBy = calendar.Deadline(result.InspectedOn, rules.GetPeriod("inspection.publish-results", result.InspectedOn));
        if (result.Id == 0) db.Results.Add(result);
        target.Status = TargetStatus.Entered;
        db.Audit(before is null ? "inspections.result.entered" : "inspections.result.changed", "InspectionResult", $"{taskId}/{uscc}", before, Snapshot(result), target.DivisionCode);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(result.Id, ct))!;
    }

    /// <summary>An assigned officer confirms; when every assigned officer has, the result is final and its consequences follow.</summary>
    public async Task<Result<ResultView>> ConfirmAsync(long resultId, ConfirmResult cmd, CancellationToken ct)
    {
        var result = await db.Results.SingleOrDefaultAsync(x => x.Id == resultId, ct);
        if (result is null) return Result<ResultView>.NotFound($"检查结果 {resultId} 不存在或不在您的管辖范围内");
        if (result.Confirmed) return Result<ResultView>.Conflict("result", "该结果已经确认");
        var officers = await db.Assignments.Where(a => a.TargetId == result.TargetId && !a.Recused).ToListAsync(ct);
        var me = actor.Current;
        string cert;
        if (me.IsApiClient)
        {
            if (string.IsNullOrWhiteSpace(cmd.CertificateNo)) return Result<ResultView>.Invalid("certificateNo", "请填写确认人员的执法证号");
            cert = cmd.CertificateNo.Trim();
        }
        else
        {
            var mine = await db.Inspectors.AsNoTracking().Where(i => i.UserName == me.Name).Select(i => i.CertificateNo).ToListAsync(ct);
            var match = officers.FirstOrDefault(o => mine.Contains(o.CertificateNo));
            if (match is null) return Result<ResultView>.Forbidden("只有分派到该对象的执法检查人员本人可以确认检查结果");
            cert = match.CertificateNo;
        }

        if (officers.All(o => o.CertificateNo != cert)) return Result<ResultView>.Invalid("certificateNo", $"执法证号 {cert} 不是该对象的检查人员");
        if (result.ConfirmedBy.Contains(cert)) return Result<ResultView>.Conflict("certificateNo", "您已确认过该结果");
        result.ConfirmedBy = [.. result.ConfirmedBy, cert];
        var target = await db.Targets.SingleAsync(x => x.Id == result.TargetId, ct);
        var now = clock.GetUtcNow();
        if (officers.All(o => result.ConfirmedBy.Contains(o.CertificateNo)))
        {
            result.ConfirmedAt = now;
            target.Status = TargetStatus.Confirmed;
            var task = await db.Tasks.SingleAsync(x => x.Id == result.TaskId, ct);
            var names = officers.Select(o => $"{o.InspectorName}（{o.CertificateNo}）").ToList();
            db.Publish(new InspectionResultConfirmed(result.Id, task.Id, task.Name, result.Uscc, result.EntityName, result.Category, result.InspectedOn,
                result.DivisionCode, task.OrgUnitName, names));
            if (result.Category == ResultCategory.FollowUp)
                db.Publish(new InspectionCaseClue(result.Id, task.Id, result.Uscc, result.EntityName, result.DivisionCode, result.InspectedOn,
                    $"{task.Name}：{result.Notes}", names));
            if (!await db.Targets.AnyAsync(x => x.TaskId == task.Id && x.Id != target.Id && (x.Status == TargetStatus.Pending || x.Status == TargetStatus.Entered), ct))
            {
                task.Status = TaskStatus.Completed;
                task.UpdatedAt = now;
            }
        }

        db.Audit("inspections.result.confirmed", "InspectionResult", $"{result.TaskId}/{result.Uscc}", null, new { certificateNo = cert, final = result.Confirmed }, result.DivisionCode);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(result.Id, ct))!;
    }

    /// <summary>一公开: publishes every confirmed, unpublished result of the task (portal and credit profile).</summary>
    public async Task<Result<int>> PublishAsync(long taskId, CancellationToken ct)
    {
        var task = await db.Tasks.SingleOrDefaultAsync(x => x.Id == taskId, ct);
        if (task is null) return Result<int>.NotFound($"抽查任务 {taskId} 不存在或不在您的管辖范围内");
        var results = await db.Results.Where(x => x.TaskId == taskId && x.ConfirmedAt != null && x.PublishedAt == null).ToListAsync(ct);
        if (results.Count == 0) return Result<int>.Unprocessable("本任务没有待公示的结果（结果须经检查人员确认后才能公示）");
        var ids = results.Select(r => r.TargetId).ToList();
        var targets = await db.Targets.Where(x => ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, ct);
        var now = clock.GetUtcNow();
        var today = clock.Today();
        foreach (var r in results)
        {
            r.PublishedAt = now;
            r.PublishedOn = today;
            targets[r.TargetId].Status = TargetStatus.Published;
            db.Publish(new InspectionResultPublished(r.Id, taskId, task.Name, r.Uscc, r.Category, r.InspectedOn, today, task.OrgUnitName, r.Version));
        }

        db.Audit("inspections.results.published", "InspectionTask", taskId.ToString(System.Globalization.CultureInfo.InvariantCulture), null,
            new { count = results.Count, late = results.Count(r => r.PublishBy < today) }, task.DivisionCode);
        await db.SaveChangesAsync(ct);
        return results.Count;
    }

    /// <summary>更正: a published result changes only here, with its reason; the portal shows the correction.</summary>
    public async Task<Result<ResultView>> CorrectAsync(long resultId, CorrectResult cmd, CancellationToken ct)
    {
        var e = new FieldErrors();
        if (cmd.Category is not { } c || !Enum.IsDefined(c)) e.Add("category", "请选择更正后的检查结果类别");
        e.Require("notes", cmd.Notes, "检查情况", 4000).Require("reason", cmd.Reason, "更正理由", 1000);
        if (e.Count > 0) return Result<ResultView>.Invalid(e.ToDictionary());
        if (!InspectionAccess.CanOrganise(actor.Current)) return Result<ResultView>.Forbidden("更正已公示的结果须由科室负责人办理");
        var result = await db.Results.SingleOrDefaultAsync(x => x.Id == resultId, ct);
        if (result is null) return Result<ResultView>.NotFound($"检查结果 {resultId} 不存在或不在您的管辖范围内");
        if (result.PublishedAt is null) return Result<ResultView>.Unprocessable("结果尚未公示，无需更正：未确认的结果可直接修改");
        var before = Snapshot(result);
        result.Category = cmd.Category!.Value;
        result.Notes = cmd.Notes!.Trim();
        result.CorrectionReason = cmd.Reason!.Trim();
        result.Version++;
        var task = await db.Tasks.SingleAsync(x => x.Id == result.TaskId, ct);
        db.Publish(new InspectionResultPublished(result.Id, task.Id, task.Name, result.Uscc, result.Category, result.InspectedOn, clock.Today(), task.OrgUnitName, result.Version));
        db.Audit("inspections.result.corrected", "InspectionResult", $"{result.TaskId}/{result.Uscc}", before, Snapshot(result), result.DivisionCode);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(result.Id, ct))!;
    }

    public async Task<Result<AttachmentView>> AttachAsync(long resultId, string fileName, string contentType, Stream content, long length, CancellationToken ct)
    {
        if (length <= 0) return Result<AttachmentView>.Invalid("file", "请上传附件（表单字段 file）");
        if (length > MaxAttachmentBytes) return Result<AttachmentView>.Invalid("file", $"附件 {length / 1024 / 1024} MB，超过 {MaxAttachmentBytes / 1024 / 1024} MB 上限");
        if (!AllowedTypes.Contains(contentType)) return Result<AttachmentView>.Invalid("file", $"不支持的附件类型“{contentType}”：可上传照片（JPEG/PNG/WebP/HEIC）、PDF、Word 文档或 MP4 视频");
        var result = await db.Results.SingleOrDefaultAsync(x => x.Id == resultId, ct);
        if (result is null) return Result<AttachmentView>.NotFound($"检查结果 {resultId} 不存在或不在您的管辖范围内");
        if (result.Confirmed) return Result<AttachmentView>.Conflict("result", "结果已确认，不能再添加附件");
        if (!await MayActOnAsync(result.TargetId, ct)) return Result<AttachmentView>.Forbidden("您不是该对象的检查人员，不能上传附件");
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        var name = Path.GetFileName(fileName);
        var attachment = new ResultAttachment
        {
            ResultId = resultId,
            FileName = name.Length > 200 ? name[^200..] : name,
            ContentType = contentType,
            Size = bytes.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            Content = bytes,
            UploadedBy = actor.Current.Name,
            UploadedAt = clock.GetUtcNow(),
            DivisionCode = result.DivisionCode,
        };
        db.Attachments.Add(attachment);
        db.Audit("inspections.result.attachment", "InspectionResult", $"{result.TaskId}/{result.Uscc}", null, new { attachment.FileName, attachment.Size, attachment.Sha256 }, result.DivisionCode);
        await db.SaveChangesAsync(ct);
        return new AttachmentView(attachment.Id, attachment.FileName, attachment.ContentType, attachment.Size, attachment.Sha256, attachment.UploadedBy, attachment.UploadedAt);
    }

    public async Task<ResultAttachment?> AttachmentAsync(long id, CancellationToken ct) => await db.Attachments.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);

    public async Task<ResultView?> GetAsync(long id, CancellationToken ct) =>
        (await ViewsAsync(db.Results.AsNoTracking().Where(x => x.Id == id), ct)).SingleOrDefault();

    public Task<IReadOnlyList<ResultView>> ForTaskAsync(long taskId, CancellationToken ct) =>
        ViewsAsync(db.Results.AsNoTracking().Where(x => x.TaskId == taskId), ct);

    /// <summary>The results with their officers and attachments: three queries however many results.</summary>
    private async Task<IReadOnlyList<ResultView>> ViewsAsync(IQueryable<InspectionResult> query, CancellationToken ct)
    {
        var results = await query.OrderBy(x => x.Id).ToListAsync(ct);
        if (results.Count == 0) return [];
        var targetIds = results.Select(r => r.TargetId).ToList();
        var resultIds = results.Select(r => r.Id).ToList();
        var officers = (await db.Assignments.AsNoTracking().Where(a => targetIds.Contains(a.TargetId) && !a.Recused).OrderBy(a => a.Id)
            .Select(a => new { a.TargetId, Name = a.InspectorName + "（" + a.CertificateNo + "）" }).ToListAsync(ct)).ToLookup(a => a.TargetId, a => a.Name);
        var files = (await db.Attachments.AsNoTracking().Where(a => resultIds.Contains(a.ResultId)).OrderBy(a => a.Id)
            .Select(a => new { a.ResultId, View = new AttachmentView(a.Id, a.FileName, a.ContentType, a.Size, a.Sha256, a.UploadedBy, a.UploadedAt) }).ToListAsync(ct))
            .ToLookup(a => a.ResultId, a => a.View);
        var today = clock.Today();
        return [.. results.Select(r => new ResultView(r.Id, r.TaskId, r.TargetId, r.Uscc, r.EntityName, r.Category, InspectionNames.Of(r.Category), r.Notes,
            r.InspectedOn, r.EnteredBy, [.. officers[r.TargetId]], r.ConfirmedBy, r.Confirmed, r.PublishBy, r.PublishedOn,
            r.PublishedAt is null && r.PublishBy < today, r.Version, r.CorrectionReason, [.. files[r.Id]]))];
    }

    /// <summary>The assigned officers (their linked logins), section chiefs and API clients may act on a target's result.</summary>
    private async Task<bool> MayActOnAsync(long targetId, CancellationToken ct)
    {
        var me = actor.Current;
        if (me.IsApiClient || InspectionAccess.CanOrganise(me)) return true;
        var certs = await db.Inspectors.AsNoTracking().Where(i => i.UserName == me.Name).Select(i => i.Id).ToListAsync(ct);
        return await db.Assignments.AnyAsync(a => a.TargetId == targetId && !a.Recused && certs.Contains(a.InspectorId), ct);
    }

    private static object Snapshot(InspectionResult r) => new { category = InspectionNames.Of(r.Category), r.Notes, r.InspectedOn, r.Version, r.CorrectionReason };
}
