using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhijian.Cases.Data;
using Zhijian.Cases.Domain;
using Zhijian.Complaints.Contracts;
using Zhijian.Drugs.Contracts;
using Zhijian.FoodSafety.Contracts;
using Zhijian.Inspections.Contracts;
using Zhijian.Platform.Events;
using Zhijian.Platform.Identity;
using Zhijian.Metrology.Contracts;
using Zhijian.Prices.Contracts;
using Zhijian.ProductQuality.Contracts;
using Zhijian.SpecialEquipment.Contracts;

namespace Zhijian.Cases.Features.Clues;

/// <summary>A clue arriving from another module's event.</summary>
internal sealed record IncomingClue(ClueSource Source, string SourceSystem, string SourceId, string? SourceNumber, string? Uscc, string PartyName,
    string Facts, DateOnly ReceivedOn, string ReceivedBy, string DivisionCode, int? OrgUnitId);

/// <summary>From another module: one clue per source record however often the event arrives, for the bureau of its unit or division.</summary>
internal sealed class ReceiveClueHandler(ClueActions actions, CasesDbContext db, OrgUnitDirectory units)
{
    public const string SystemComplaints = "complaints";
    public const string SystemInspections = "inspections";
    public const string SystemFood = "food";
    public const string SystemEquipment = "sequip";
    public const string SystemQuality = "pq";
    public const string SystemDrugs = "drugs";
    public const string SystemMetrology = "metro";
    public const string SystemPrices = "prices";

    public async Task<Clue> Handle(IncomingClue e, CancellationToken ct)
    {
        var existing = await db.Clues.IgnoreQueryFilters().SingleOrDefaultAsync(c => c.SourceSystem == e.SourceSystem && c.SourceId == e.SourceId, ct);
        if (existing is not null) return existing;
        var unit = (e.OrgUnitId is { } id ? await units.BureauOfAsync(id, ct) : null) ?? await units.BureauForAsync(e.DivisionCode, ct)
            ?? throw new InvalidOperationException($"No bureau covers division {e.DivisionCode}");
        var clue = new Clue
        {
            Source = e.Source,
            SourceSystem = e.SourceSystem,
            SourceId = e.SourceId,
            SourceNumber = e.SourceNumber,
            Uscc = e.Uscc,
            PartyName = e.PartyName.Truncate(200),
            Facts = e.Facts.Truncate(8000),
            ReceivedOn = e.ReceivedOn,
            ReceivedBy = e.ReceivedBy.Truncate(100),
        };
        return await actions.AddAsync(clue, unit, $"收到{CaseNames.Of(e.Source)}线索（{e.SourceNumber}），由{e.ReceivedBy}移交", ct);
    }
}

/// <summary>诉转案: a complaint or report the handler decided to turn into a case arrives as a clue (once per filing).</summary>
internal sealed class ComplaintClueHandler(ReceiveClueHandler clues) : IEventHandler<ComplaintCaseClue>
{
    public Task HandleAsync(ComplaintCaseClue e, EventContext context, CancellationToken ct) =>
        clues.Handle(new IncomingClue(ClueSource.Complaint, ReceiveClueHandler.SystemComplaints, e.FilingId.ToString(CultureInfo.InvariantCulture), e.Number,
            e.Uscc, e.TargetName, e.Facts, e.DecidedOn, e.DecidedBy, e.DivisionCode, e.OrgUnitId), ct);
}

/// <summary>A random inspection found a suspected violation: a clue for the bureau of the entity's division (once per result).</summary>
internal sealed class InspectionClueHandler(ReceiveClueHandler clues) : IEventHandler<InspectionCaseClue>
{
    public Task HandleAsync(InspectionCaseClue e, EventContext context, CancellationToken ct) =>
        clues.Handle(new IncomingClue(ClueSource.Inspection, ReceiveClueHandler.SystemInspections, e.ResultId.ToString(CultureInfo.InvariantCulture),
            string.Create(CultureInfo.InvariantCulture, $"抽查任务 {e.TaskId}"), e.Uscc, e.EntityName, e.Facts, e.FoundOn,
            e.Officers.Count > 0 ? string.Join("、", e.Officers) : "双随机抽查", e.DivisionCode, null), ct);
}

/// <summary>
/// Food safety found a suspected violation (a 不符合 监督检查, a non-compliant batch in 核查处置, or a 责令召回): a clue for the bureau of
/// the unit or division, once per source record.
/// </summary>
internal sealed class FoodClueHandler(ReceiveClueHandler clues) : IEventHandler<FoodCaseClue>
{
    public Task HandleAsync(FoodCaseClue e, EventContext context, CancellationToken ct) =>
        clues.Handle(new IncomingClue(e.SourceKind switch { "sampling" => ClueSource.Sampling, "recall" => ClueSource.Recall, _ => ClueSource.OwnFinding },
            ReceiveClueHandler.SystemFood,
            string.Create(CultureInfo.InvariantCulture, $"{e.SourceKind}:{e.SourceId}"), e.Number, e.Uscc, e.PartyName, e.Facts, e.FoundOn,
            e.FoundBy, e.DivisionCode, e.OrgUnitId), ct);
}

/// <summary>
/// Special equipment found a suspected violation (a 重大隐患 or one not rectified in time, an accident, equipment used past its
/// inspection due date): a clue for the bureau of the unit or division, once per source record.
/// </summary>
internal sealed class EquipmentClueHandler(ReceiveClueHandler clues) : IEventHandler<EquipmentCaseClue>
{
    public Task HandleAsync(EquipmentCaseClue e, EventContext context, CancellationToken ct) =>
        clues.Handle(new IncomingClue(ClueSource.SpecialEquipment, ReceiveClueHandler.SystemEquipment,
            string.Create(CultureInfo.InvariantCulture, $"{e.SourceKind}:{e.SourceId}"), e.Number, e.Uscc, e.PartyName, e.Facts, e.FoundOn,
            e.FoundBy, e.DivisionCode, e.OrgUnitId), ct);
}

/// <summary>
/// Product quality found a suspected violation (a failed product still failing at 复查, a refused or ordered recall, production
/// without a licence, a CCC mark check failed): a clue for the bureau of the unit or division, once per source record.
/// </summary>
internal sealed class QualityClueHandler(ReceiveClueHandler clues) : IEventHandler<QualityCaseClue>
{
    public Task HandleAsync(QualityCaseClue e, EventContext context, CancellationToken ct) =>
        clues.Handle(new IncomingClue(ClueSource.ProductQuality, ReceiveClueHandler.SystemQuality,
            string.Create(CultureInfo.InvariantCulture, $"{e.SourceKind}:{e.SourceId}"), e.Number, e.Uscc, e.PartyName, e.Facts, e.FoundOn,
            e.FoundBy, e.DivisionCode, e.OrgUnitId), ct);
}

/// <summary>
/// 药品·医疗器械·化妆品 found a suspected violation (a GSP inspection finding, unlicensed or out-of-scope business, a suspicious
/// 含麻 purchase pattern, an adverse-reaction signal): a clue for the bureau of the unit or division, once per source record.
/// </summary>
internal sealed class DrugClueHandler(ReceiveClueHandler clues) : IEventHandler<DrugCaseClue>
{
    public Task HandleAsync(DrugCaseClue e, EventContext context, CancellationToken ct) =>
        clues.Handle(new IncomingClue(ClueSource.Drugs, ReceiveClueHandler.SystemDrugs,
            string.Create(CultureInfo.InvariantCulture, $"{e.SourceKind}:{e.SourceId}"), e.Number, e.Uscc, e.PartyName, e.Facts, e.FoundOn,
            e.FoundBy, e.DivisionCode, e.OrgUnitId), ct);
}

/// <summary>
/// Metrology found a suspected violation (a 强检 instrument in use unverified, past its due date or after failing verification; a
/// 民生计量 check still failing at its re-check): a clue for the bureau of the unit or division, once per source record.
/// </summary>
internal sealed class MetrologyClueHandler(ReceiveClueHandler clues) : IEventHandler<MetrologyCaseClue>
{
    public Task HandleAsync(MetrologyCaseClue e, EventContext context, CancellationToken ct) =>
        clues.Handle(new IncomingClue(ClueSource.Metrology, ReceiveClueHandler.SystemMetrology,
            string.Create(CultureInfo.InvariantCulture, $"{e.SourceKind}:{e.SourceId}"), e.Number, e.Uscc, e.PartyName, e.Facts, e.FoundOn,
            e.FoundBy, e.DivisionCode, e.OrgUnitId), ct);
}

/// <summary>
/// Price supervision found a suspected violation (a 明码标价 or price-fraud finding, a 涉企违规收费 not refunded): a clue for the bureau of
/// the unit or division, once per source record; the statutory penalty range found by the inspection is kept in the facts.
/// </summary>
internal sealed class PriceClueHandler(ReceiveClueHandler clues) : IEventHandler<PriceCaseClue>
{
    public Task HandleAsync(PriceCaseClue e, EventContext context, CancellationToken ct) =>
        clues.Handle(new IncomingClue(ClueSource.Prices, ReceiveClueHandler.SystemPrices,
            string.Create(CultureInfo.InvariantCulture, $"{e.SourceKind}:{e.SourceId}"), e.Number, e.Uscc, e.PartyName,
            e.PenaltyRange is null ? e.Facts : $"{e.Facts}\n法定处罚幅度：{e.PenaltyRange}", e.FoundOn, e.FoundBy, e.DivisionCode, e.OrgUnitId), ct);
}
