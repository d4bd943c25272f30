using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhijian.Entities.Contracts;
using Zhijian.Metrology.Contracts;
using Zhijian.Metrology.Data;
using Zhijian.Metrology.Domain.Instruments;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Privacy;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Metrology.Features.Instruments;

/// <summary>
/// 强检器具台账: registration (with the owner's 备案 date and, when already verified, the first verification), status changes
/// (停用, 报废 — for a fixed-life instrument that is its 到期轮换 — and back in use), and the case clue for an instrument found in
/// use unverified, overdue or after failing. Each step validates (Chinese message naming the field), audits and saves once.
/// </summary>
internal sealed class InstrumentRegister(MetrologyDbContext db, ActorContext actor, IEntityDirectory entities, InstrumentRules rules, InstrumentQueries queries,
    PersonalData personal,
    TimeProvider clock)
{
    public async Task<Result<InstrumentView>> CreateAsync(RegisterInstrument cmd, CancellationToken ct)
    {
        var a = actor.Current;
        if (!MetrologyAccess.CanRegister(a)) return Result<InstrumentView>.Forbidden("只有登记人员、执法人员、科室负责人可以登记强检计量器具");
        var today = clock.Today();
        var errors = new FieldErrors();
        var kind = InstrumentCatalog.Resolve(cmd.Kind);
        if (kind is null) errors.Add("kind", InstrumentCatalog.UnknownKind(cmd.Kind));
        DueRule? rule = null;
        if (kind is not null)
        {
            if (!kind.NeedsSize && cmd.Size is not null) errors.Add("size", $"{kind.Name}无须填写口径");
            else if ((rule = DueDates.RuleFor(kind, cmd.Size, out var sizeError)) is null) errors.Add("size", sizeError!);
        }

        errors.Require("serialNo", cmd.SerialNo, "出厂编号", 60);
        errors.Require("address", cmd.Address, "使用地点", 300);
        Optional(errors, "model", cmd.Model, "型号规格", 100);
        Optional(errors, "maker", cmd.Maker, "制造单位", 200);
        string ownerName;
        string? ownerUscc = null;
        if (cmd.Household)
        {
            errors.Require("ownerName", cmd.OwnerName, "居民用户姓名", 50);
            ownerName = cmd.OwnerName?.Trim() ?? "";
        }
        else
        {
            ownerUscc = cmd.OwnerUscc?.Trim().ToUpperInvariant();
            EntitySummary? owner = null;
            if (string.IsNullOrEmpty(ownerUscc)) errors.Add("ownerUscc", "请填写使用单位统一社会信用代码（居民用户请选择“居民用户”）");
            else if (!Uscc.IsValid(ownerUscc)) errors.Add("ownerUscc", "使用单位统一社会信用代码应为 18 位且校验位正确");
            else if ((owner = await entities.FindAsync(ownerUscc, ct)) is null) errors.Add("ownerUscc", $"使用单位“{ownerUscc}”不在市场主体库中（或不在您的管辖范围内）");
            ownerName = owner?.Name ?? "";
        }

        CheckDivision(cmd.DivisionCode, a, errors);
        if (cmd.FiledOn > today) errors.Add("filedOn", "备案日期不能晚于今天");
        if (cmd.FirstVerifiedOn > today) errors.Add("firstVerifiedOn", "首次检定日期不能晚于今天");
        var cert = cmd.CertificateNo?.Trim();
        if (cmd.FirstVerifiedOn is not null) errors.Require("certificateNo", cert, "检定证书编号", 60);
        if (errors.Count > 0) return Result<InstrumentView>.Invalid(errors.ToDictionary());

        var serial = cmd.SerialNo!.Trim();
        if (await db.Instruments.IgnoreQueryFilters().AnyAsync(i => i.KindCode == kind!.Code && i.SerialNo == serial && i.OwnerUscc == ownerUscc
                && i.Status != InstrumentStatus.Scrapped, ct))
            return Result<InstrumentView>.Conflict("serialNo", $"该使用单位出厂编号为 {serial} 的{kind!.Name}已在台账中");
        if (cert is not null && await db.Verifications.IgnoreQueryFilters().AnyAsync(v => v.CertificateNo == cert, ct))
            return Result<InstrumentView>.Conflict("certificateNo", $"检定证书 {cert} 已登记在其他器具上");

        var now = clock.GetUtcNow();
        var division = cmd.DivisionCode!.Trim();
        var instrument = new Instrument
        {
            KindCode = kind!.Code,
            Mode = rule!.Mode,
            Size = cmd.Size,
            Model = Norm(cmd.Model),
            SerialNo = serial,
            Maker = Norm(cmd.Maker),
            OwnerUscc = ownerUscc,
            OwnerName = cmd.Household ? Masks.Name(ownerName) : ownerName,
            OwnerNameProtected = cmd.Household ? personal.Protect(ownerName) : null,
            Household = cmd.Household,
            DivisionCode = division,
            County = division[..6],
            Address = cmd.Address!.Trim(),
            FiledOn = cmd.FiledOn,
            FirstVerifiedOn = cmd.FirstVerifiedOn,
            LastVerifiedOn = cmd.FirstVerifiedOn,
            LastPassed = cmd.FirstVerifiedOn is null ? null : true,
            LastCertificateNo = cmd.FirstVerifiedOn is null ? null : cert,
            DueOn = rules.Due(rule, cmd.FirstVerifiedOn, cmd.FirstVerifiedOn),
            Status = InstrumentStatus.InUse,
            StatusOn = today,
            CreatedAt = now,
            UpdatedAt = now,
        };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Instruments.Add(instrument);
        await db.SaveChangesAsync(ct);
        if (cmd.FirstVerifiedOn is { } first)
        {
            db.Verifications.Add(new Verification
            {
                InstrumentId = instrument.Id,
                DivisionCode = division,
                County = instrument.County,
                BodyName = "（登记时录入的首次检定）",
                VerifiedOn = first,
                Passed = true,
                CertificateNo = cert!,
                NextDueOn = instrument.DueOn,
                OnTime = true,
                CreatedAt = now,
                CreatedBy = a.ShownName,
            });
        }

        db.Audit("metro.instrument.registered", "MetroInstrument", Id(instrument.Id), null,
            new { instrument.KindCode, instrument.Size, instrument.SerialNo, instrument.OwnerUscc, instrument.DivisionCode, instrument.FirstVerifiedOn, instrument.DueOn },
            division);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (await queries.GetAsync(instrument.Id, ct))!;
    }

    public async Task<Result<InstrumentView>> ChangeStatusAsync(long id, ChangeInstrumentStatus cmd, CancellationToken ct)
    {
        if (!MetrologyAccess.CanRegister(actor.Current)) return Result<InstrumentView>.Forbidden("只有登记人员、执法人员、科室负责人可以变更强检计量器具状态");
        var instrument = await db.Instruments.SingleOrDefaultAsync(i => i.Id == id, ct);
        if (instrument is null) return Result<InstrumentView>.NotFound($"器具 {id} 不在强检计量器具台账中（或不在您的管辖范围内）");
        var today = clock.Today();
        var errors = new FieldErrors();
        InstrumentStatus status = default;
        if (!InstrumentQueries.StatusNames.Any(s => s.Value == cmd.Status?.Trim()))
            errors.Add("status", "状态应为：在用、停用、报废之一");
        else status = InstrumentQueries.StatusNames.Single(s => s.Value == cmd.Status!.Trim()).Key;
        var on = cmd.On ?? today;
        if (on > today) errors.Add("on", "日期不能晚于今天");
        if (instrument.Status == InstrumentStatus.Scrapped) errors.Add("status", "器具已报废，不能再变更状态（更换的新表请重新登记）");
        else if (status != default && status == instrument.Status) errors.Add("status", $"器具已是“{InstrumentQueries.NameOf(status)}”状态");
        if (status == InstrumentStatus.InUse && instrument.LastPassed == false) errors.Add("status", "器具检定不合格，未经重新检定合格不得恢复使用");
        if (errors.Count > 0) return Result<InstrumentView>.Invalid(errors.ToDictionary());
        var before = new { Status = InstrumentQueries.NameOf(instrument.Status), instrument.StatusOn };
        instrument.Status = status;
        instrument.StatusOn = on;
        if (status == InstrumentStatus.Scrapped && instrument.Mode == VerificationMode.FixedLife) instrument.ReplacedOn = on;
        instrument.UpdatedAt = clock.GetUtcNow();
        db.Audit("metro.instrument.status", "MetroInstrument", Id(instrument.Id), before,
            new { Status = InstrumentQueries.NameOf(status), StatusOn = on, instrument.ReplacedOn }, instrument.DivisionCode);
        await db.SaveChangesAsync(ct);
        return (await queries.GetAsync(instrument.Id, ct))!;
    }

    /// <summary>An instrument found in use unverified, past its due date or after failing: a case clue (once per state).</summary>
    public async Task<Result<InstrumentView>> SendClueAsync(long id, CancellationToken ct)
    {
        var a = actor.Current;
        if (!MetrologyAccess.CanCheck(a)) return Result<InstrumentView>.Forbidden("只有执法人员、科室负责人可以移送案件线索");
        var i = await db.Instruments.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (i is null) return Result<InstrumentView>.NotFound($"器具 {id} 不在强检计量器具台账中（或不在您的管辖范围内）");
        var today = clock.Today();
        var state = DueDates.State(i.DueOn, i.FirstVerifiedOn is not null, i.LastPassed, i.Mode, today, 0);
        var kind = InstrumentCatalog.NameOf(i.KindCode);
        string? fact = state switch
        {
            DueState.Unverified => "未经检定即投入使用",
            DueState.Overdue when i.Mode == VerificationMode.FixedLife => $"已于 {i.DueOn:yyyy-MM-dd} 到期应轮换，至今仍在使用",
            DueState.Overdue => $"检定有效期至 {i.DueOn:yyyy-MM-dd}，超过检定周期未申请检定仍在使用",
            DueState.Failed => $"经检定不合格（证书 {i.LastCertificateNo}）仍在使用",
            _ => null,
        };
        if (i.Status != InstrumentStatus.InUse || fact is null)
            return Result<InstrumentView>.Conflict("id", "该器具不在“未检定、超期或检定不合格仍在使用”之列，不能移送案件线索");
        var key = string.Create(CultureInfo.InvariantCulture, $"{state}:{i.DueOn:yyyy-MM-dd}:{i.LastCertificateNo}");
        if (i.ClueSentFor == key) return Result<InstrumentView>.Conflict("id", "已就该器具的同一情形移送过案件线索");
        i.ClueSentFor = key;
        var owner = i.Household ? "居民用户" : i.OwnerName;
        db.Publish(new MetrologyCaseClue("instrument", i.Id, i.SerialNo, i.OwnerUscc, owner,
            $"{owner}使用的{kind}（出厂编号 {i.SerialNo}，{i.Address}）{fact}（《中华人民共和国计量法》第九条；《强制检定的工作计量器具检定管理办法》第七条）",
            today, a.ShownName, i.DivisionCode, a.OrgUnitId));
        db.Audit("metro.instrument.clue", "MetroInstrument", Id(i.Id), null, new { i.SerialNo, State = DueDates.NameOf(state), i.DueOn }, i.DivisionCode);
        await db.SaveChangesAsync(ct);
        return (await queries.GetAsync(i.Id, ct))!;
    }

    internal static void CheckDivision(string? code, Actor a, FieldErrors errors)
    {
        var division = code?.Trim();
        if (string.IsNullOrEmpty(division)) errors.Add("divisionCode", "请填写使用地点行政区划代码");
        else if (division.Length < 6 || division.EndsWith("0000", StringComparison.Ordinal) || !DivisionTable.Default.IsKnown(division))
            errors.Add("divisionCode", $"“{division}”不是现行的县级（或乡镇级）行政区划代码");
        else if (!a.Jurisdiction.Covers(division)) errors.Add("divisionCode", $"{DivisionTable.Default.FullName(division)}不在您的管辖范围内");
    }

    internal static void Optional(FieldErrors errors, string field, string? value, string label, int max)
    {
        if (value is not null && value.Trim().Length > max) errors.Add(field, $"{label}不能超过 {max} 个字");
    }

    internal static string? Norm(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    internal static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
