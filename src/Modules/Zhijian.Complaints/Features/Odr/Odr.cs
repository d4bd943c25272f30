using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Zhijian.Complaints.Contracts;
using Zhijian.Complaints.Data;
using Zhijian.Complaints.Domain;
using Zhijian.Entities.Contracts;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Privacy;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features.Odr;

internal sealed record OdrView(long Id, string Uscc, string Name, string Contact, DateOnly ApprovedOn, string ApprovedBy, bool Active, int Open, int Settled, int Returned);

internal sealed record ApproveOdr(string? Uscc, string? Contact);

/// <summary>The access key is shown once, at approval; only its hash is kept.</summary>
internal sealed record OdrApproved(OdrView Enterprise, string AccessKey);

/// <summary>ODR 企业答复: settled = 和解 (closed, never reaches the bureau) or not (the consumer's complaint goes to the bureau).</summary>
internal sealed record OdrAnswer(bool Settled, string? Text);

internal sealed record OdrComplaint(long Id, string Number, DateTimeOffset ReceivedAt, DateOnly? OdrBy, string StatusName, bool Open, string Title, string Facts,
    string? Demand, decimal? Amount, string ComplainantName, string ComplainantPhone, string? Outcome);

/// <summary>
/// 在线消费纠纷解决（ODR）: the bureau approves volunteer businesses; a complaint against one that the consumer sends via ODR
/// goes straight to it and must be negotiated within 10 WD — not counted against the bureau's limits. Not settled, or
/// not answered in time: it becomes an ordinary complaint whose accept clock starts that day.
/// </summary>
internal sealed class Odr(ComplaintsDbContext db, ActorContext actor, IEntityDirectory directory, IWorkingCalendar calendar, IRuleBook rules,
    PersonalData personal, TimeProvider clock)
{
    public async Task<IReadOnlyList<OdrView>> ListAsync(CancellationToken ct)
    {
        var list = await db.OdrEnterprises.AsNoTracking().OrderBy(o => o.Name).ToListAsync(ct);
        var usccs = list.Select(o => o.Uscc).ToList();
        var counts = await db.Filings.AsNoTracking().Where(f => f.ViaOdr && f.Uscc != null && usccs.Contains(f.Uscc))
            .GroupBy(f => new { f.Uscc, f.Status }).Select(g => new { g.Key.Uscc, g.Key.Status, N = g.Count() }).ToListAsync(ct);
        return [.. list.Select(o => View(o,
            counts.Where(c => c.Uscc == o.Uscc && c.Status == FilingStatus.Odr).Sum(c => c.N),
            counts.Where(c => c.Uscc == o.Uscc && c.Status == FilingStatus.OdrSettled).Sum(c => c.N),
            counts.Where(c => c.Uscc == o.Uscc && c.Status != FilingStatus.Odr && c.Status != FilingStatus.OdrSettled).Sum(c => c.N)))];
    }

    /// <summary>Approved, active ODR businesses (public: the portal offers ODR for these).</summary>
    public async Task<IReadOnlyList<PublicOdr>> PublicAsync(CancellationToken ct) =>
        await db.OdrEnterprises.IgnoreQueryFilters().AsNoTracking().Where(o => o.Active).OrderBy(o => o.Name)
            .Select(o => new PublicOdr(o.Uscc, o.Name, o.ApprovedOn)).ToListAsync(ct);

    public async Task<Result<OdrApproved>> ApproveAsync(ApproveOdr cmd, CancellationToken ct)
    {
        if (!ComplaintAccess.CanManage(actor.Current)) return Result<OdrApproved>.Forbidden("只有科室负责人或管理员可以审核 ODR 企业");
        var errors = new FieldErrors().Require("uscc", cmd.Uscc, "统一社会信用代码", 18).Require("contact", cmd.Contact, "联系人及电话", 100);
        if (errors.Count > 0) return Result<OdrApproved>.Invalid(errors.ToDictionary());
        var uscc = cmd.Uscc!.Trim().ToUpperInvariant();
        db.ChangeTracker.Clear(); // a console circuit's context lives long: start from the database
        var entity = await directory.FindAsync(uscc, ct);
        if (entity is null) return Result<OdrApproved>.Invalid("uscc", $"在您的管辖范围内没有统一社会信用代码为 {uscc} 的市场主体");
        if (entity.Status != EntityStatus.Active) return Result<OdrApproved>.Invalid("uscc", $"{entity.Name}当前不是存续状态，不能作为 ODR 企业");
        var existing = await db.OdrEnterprises.IgnoreQueryFilters().SingleOrDefaultAsync(o => o.Uscc == uscc, ct);
        if (existing is { Active: true }) return Result<OdrApproved>.Conflict("uscc", $"{entity.Name}已是 ODR 企业");
        var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var o = existing ?? new OdrEnterprise { Uscc = uscc };
        o.Name = entity.Name;
        o.Contact = cmd.Contact!.Trim();
        o.ApprovedOn = clock.Today();
        o.ApprovedBy = actor.Current.Name;
        o.Active = true;
        o.DivisionCode = entity.DivisionCode;
        o.KeyHash = Hash(secret);
        if (existing is null) db.OdrEnterprises.Add(o);
        db.Audit("complaints.odr-approved", nameof(OdrEnterprise), uscc, null, new { o.Name, o.Contact }, o.DivisionCode);
        await db.SaveChangesAsync(ct);
        return new OdrApproved(View(o, 0, 0, 0), $"odr_{o.Id}_{secret}");
    }

    public async Task<Result<OdrView>> DeactivateAsync(long id, CancellationToken ct)
    {
        if (!ComplaintAccess.CanManage(actor.Current)) return Result<OdrView>.Forbidden("只有科室负责人或管理员可以调整 ODR 企业");
        db.ChangeTracker.Clear();
        var o = await db.OdrEnterprises.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (o is null) return Result<OdrView>.NotFound($"ODR 企业 {id} 不存在或不在您的管辖范围内");
        o.Active = false;
        db.Audit("complaints.odr-removed", nameof(OdrEnterprise), o.Uscc, null, new { o.Name }, o.DivisionCode);
        await db.SaveChangesAsync(ct);
        return View(o, 0, 0, 0);
    }

    /// <summary>The enterprise behind an access key ("odr_{id}_{secret}"), or null.</summary>
    public async Task<OdrEnterprise?> AuthenticateAsync(string? key, CancellationToken ct)
    {
        if (key is null) return null;
        var parts = key.Trim().Split('_');
        if (parts is not ["odr", var idText, var secret] || !long.TryParse(idText, out var id)) return null;
        var o = await db.OdrEnterprises.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id && x.Active, ct);
        return o is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(o.KeyHash), Encoding.ASCII.GetBytes(Hash(secret))) ? o : null;
    }

    /// <summary>The enterprise's complaints (open first); it sees the complainant's name and phone in full, as it must contact them.</summary>
    public async Task<IReadOnlyList<OdrComplaint>> ComplaintsAsync(OdrEnterprise o, CancellationToken ct)
    {
        var rows = await db.Filings.IgnoreQueryFilters().AsNoTracking().Where(f => f.ViaOdr && f.Uscc == o.Uscc)
            .OrderBy(f => f.Status == FilingStatus.Odr ? 0 : 1).ThenByDescending(f => f.Id).Take(200).ToListAsync(ct);
        return [.. rows.Select(Complaint)];
    }

    private OdrComplaint Complaint(Filing f) => new(f.Id, FilingClock.Number(f), f.ReceivedAt, f.OdrBy, FilingClock.StatusName(f.Status), f.Status == FilingStatus.Odr,
        f.Title, f.Facts, f.Demand, f.Amount, personal.Unprotect(f.PersonName) ?? "", personal.Unprotect(f.PersonPhone) ?? "", f.Status == FilingStatus.Odr ? null : f.Outcome);

    public async Task<Result<OdrComplaint>> AnswerAsync(OdrEnterprise o, long id, OdrAnswer cmd, CancellationToken ct)
    {
        var f = await db.Filings.IgnoreQueryFilters().SingleOrDefaultAsync(x => x.Id == id && x.ViaOdr && x.Uscc == o.Uscc, ct);
        if (f is null) return Result<OdrComplaint>.NotFound($"没有发给贵单位的投诉 {id}");
        if (f.Status != FilingStatus.Odr) return Result<OdrComplaint>.Unprocessable($"投诉 {FilingClock.Number(f)} 已不在 ODR 协商中（{FilingClock.StatusName(f.Status)}）");
        if (string.IsNullOrWhiteSpace(cmd.Text)) return Result<OdrComplaint>.Invalid("text", cmd.Settled ? "请填写和解内容" : "请写明未能和解的情况");
        if (cmd.Text.Trim().Length > 4000) return Result<OdrComplaint>.Invalid("text", "答复不能超过 4000 个字");
        var now = clock.GetUtcNow();
        if (cmd.Settled)
        {
            f.Status = FilingStatus.OdrSettled;
            f.Outcome = cmd.Text.Trim();
            f.ClosedAt = now;
            f.ClosedOn = now.ToChinaDate();
            f.OnTime = true;
            db.Publish(new FilingClosed(f.Id, f.Kind, f.Status, f.Uscc, f.ClosedOn.Value, f.DivisionCode));
        }
        else
        {
            ToBureau(f, now.ToChinaDate());
        }

        f.FirstRespondedAt ??= now;
        FilingDeadlines.Apply(f, rules, calendar);
        f.Version++;
        db.Steps.Add(new FilingStep
        {
            FilingId = f.Id,
            At = now,
            Action = "odr-answer",
            ActorName = o.Name,
            Status = f.Status,
            Public = true,
            DivisionCode = f.DivisionCode,
            Text = cmd.Settled ? $"ODR 企业{o.Name}与消费者和解：{cmd.Text.Trim()}" : $"ODR 企业{o.Name}未能和解：{cmd.Text.Trim()}。转由{f.OrgUnitName}按投诉程序处理，受理期限至 {f.AcceptBy:yyyy年M月d日}",
        });
        Report(f, now);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<OdrComplaint>.Conflict("version", "该投诉刚被处理，请刷新后再试");
        }

        return Complaint(f);
    }

    /// <summary>ODR time up without an answer: every such complaint goes to the bureau (run by the sweeper).</summary>
    public async Task<int> ExpireAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var due = await db.Filings.IgnoreQueryFilters().Where(f => f.Status == FilingStatus.Odr && f.OdrBy < today).Take(500).ToListAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var f in due)
        {
            ToBureau(f, today);
            f.Version++;
            db.Steps.Add(new FilingStep
            {
                FilingId = f.Id,
                At = now,
                Action = "odr-expired",
                ActorName = "系统",
                Status = f.Status,
                Public = true,
                DivisionCode = f.DivisionCode,
                Text = $"ODR 协商期限（{f.OdrBy:yyyy年M月d日}）届满未和解，转由{f.OrgUnitName}按投诉程序处理，受理期限至 {f.AcceptBy:yyyy年M月d日}",
            });
            Report(f, now);
        }

        if (due.Count > 0) await db.SaveChangesAsync(ct);
        return due.Count;
    }

    private void ToBureau(Filing f, DateOnly today)
    {
        f.Status = FilingStatus.Received;
        f.ClockStartOn = today;
        FilingDeadlines.Apply(f, rules, calendar);
    }

    private void Report(Filing f, DateTimeOffset now)
    {
        if (f.SourceSystem is not null)
            db.Publish(FilingEvents.StatusChanged(f, f.Outcome ?? "转入投诉程序", now));
    }

    private static OdrView View(OdrEnterprise o, int open, int settled, int returned) =>
        new(o.Id, o.Uscc, o.Name, o.Contact, o.ApprovedOn, o.ApprovedBy, o.Active, open, settled, returned);

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}

internal sealed record PublicOdr(string Uscc, string Name, DateOnly ApprovedOn);
