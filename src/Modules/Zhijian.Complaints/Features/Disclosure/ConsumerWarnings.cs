using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhijian.Complaints.Data;
using Zhijian.Complaints.Domain;
using Zhijian.Complaints.Features.Analysis;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features.Disclosure;

/// <summary>起草消费提示: from a hot spot of the analysis (category, problem type or industry) over a period.</summary>
internal sealed record DraftConsumerWarning(string? Dimension, string? Key, DateOnly? From, DateOnly? To);

internal sealed record SaveConsumerWarning(string? Title, string? Body);

internal sealed record ConsumerWarningView(long Id, string Title, string Body, string? CategoryCode, string Basis, ConsumerWarningStatus Status,
    string StatusName, string OrgUnitName, string DraftedBy, DateTimeOffset DraftedAt, DateTimeOffset? PublishedAt);

internal sealed record PublicConsumerWarning(long Id, string Title, string Body, string OrgUnitName, DateOnly PublishedOn);

/// <summary>
/// 消费提示: a section chief drafts one from a hot spot (title, body and basis prefilled from the counts), edits it,
/// publishes it on the portal and may withdraw it. Every change is audited.
/// </summary>
internal sealed class ConsumerWarnings(ComplaintsDbContext db, HotSpots hotSpots, OrgUnitDirectory units, ActorContext actor, TimeProvider clock)
{
    public static readonly string[] DraftDimensions = ["category", "problem", "industry", "industry-section"];

    public static string StatusName(ConsumerWarningStatus s) => s switch
    {
        ConsumerWarningStatus.Draft => "草稿",
        ConsumerWarningStatus.Published => "已发布",
        _ => "已撤回",
    };

    public async Task<Result<ConsumerWarningView>> DraftAsync(DraftConsumerWarning cmd, CancellationToken ct)
    {
        var dimension = cmd.Dimension?.Trim().ToLowerInvariant();
        if (dimension is null || !DraftDimensions.Contains(dimension))
            return Result<ConsumerWarningView>.Invalid("dimension", "消费提示可从投诉分类（category）、问题类型（problem）或行业（industry、industry-section）热点起草");
        if (string.IsNullOrWhiteSpace(cmd.Key)) return Result<ConsumerWarningView>.Invalid("key", "请指定热点（如分类编码 G03）");
        var spots = await hotSpots.QueryAsync(new HotSpotQuery(dimension, cmd.From, cmd.To, "complaint"), ct);
        if (!spots.IsSuccess) return Result<ConsumerWarningView>.Invalid(spots.Errors!);
        var r = spots.Value!;
        var key = cmd.Key.Trim();
        var index = r.Rows.ToList().FindIndex(x => string.Equals(x.Key, key, StringComparison.OrdinalIgnoreCase));
        if (index < 0) return Result<ConsumerWarningView>.Invalid("key", $"{r.From:yyyy-MM-dd} 至 {r.To:yyyy-MM-dd} 本辖区没有“{key}”的投诉，无法据此起草消费提示");
        var row = r.Rows[index];
        var unit = actor.Current.OrgUnitId is { } id ? await units.FindActiveAsync(id, ct) : null;
        var unitName = unit?.Name ?? actor.Current.OrgUnitName ?? "市场监督管理局";
        var subject = row.Label.Contains(' ', StringComparison.Ordinal) && dimension.StartsWith("industry", StringComparison.Ordinal) ? row.Label[(row.Label.IndexOf(' ', StringComparison.Ordinal) + 1)..] : row.Label;
        var period = string.Create(CultureInfo.InvariantCulture, $"{r.From.Year}年{r.From.Month}月{r.From.Day}日至{r.To.Year}年{r.To.Month}月{r.To.Day}日");
        var w = new ConsumerWarning
        {
            Title = Cut($"关于{subject}消费的提示", 200),
            Body = Cut(string.Create(CultureInfo.InvariantCulture,
                $"""
                {period}，{unitName}共受理涉及“{subject}”的消费投诉 {row.Count} 件，是近期消费者反映较为集中的问题。为维护消费者合法权益，特作如下消费提示：
                一、选择证照齐全、信誉良好的经营者，留意经营者公示的营业执照和相关许可信息，可在市场监管信息公示平台查询其信用信息。
                二、购买商品或接受服务前，仔细了解质量、价格、售后和退换条款，重要约定以书面合同写明，不轻信口头承诺和夸大宣传。
                三、索要并妥善保存发票、购物凭证、合同、聊天记录等证据。
                四、权益受到侵害时，可先与经营者协商；协商不成的，可拨打 12315 或通过全国 12315 平台、本平台投诉。
                """), 8000),
            Basis = Cut(string.Create(CultureInfo.InvariantCulture,
                $"{period}投诉热点（{r.DimensionName}）：“{row.Label}”{row.Count} 件，居第 {index + 1} 位，占同期投诉 {r.Total} 件的 {(r.Total == 0 ? 0 : 100m * row.Count / r.Total):0.#}%"), 500),
            CategoryCode = dimension == "category" ? row.Key : null,
            Status = ConsumerWarningStatus.Draft,
            OrgUnitName = Cut(unitName, 100),
            DraftedBy = Cut(actor.Current.Name, 100),
            DraftedAt = clock.GetUtcNow(),
            DivisionCode = unit?.DivisionCode ?? "",
        };
        db.ConsumerWarnings.Add(w);
        await db.SaveChangesAsync(ct);
        db.Audit("complaints.consumer-warning-drafted", nameof(ConsumerWarning), Id(w), null, View(w), w.DivisionCode);
        await db.SaveChangesAsync(ct);
        return View(w);
    }

    public async Task<IReadOnlyList<ConsumerWarningView>> ListAsync(CancellationToken ct) =>
        [.. (await db.ConsumerWarnings.AsNoTracking().OrderByDescending(w => w.Id).Take(200).ToListAsync(ct)).Select(View)];

    public async Task<ConsumerWarningView?> GetAsync(long id, CancellationToken ct) =>
        await db.ConsumerWarnings.AsNoTracking().SingleOrDefaultAsync(w => w.Id == id, ct) is { } w ? View(w) : null;

    public async Task<Result<ConsumerWarningView>> EditAsync(long id, SaveConsumerWarning cmd, CancellationToken ct)
    {
        var errors = new FieldErrors().Require("title", cmd.Title, "标题", 200).Require("body", cmd.Body, "正文", 8000);
        if (errors.Count > 0) return Result<ConsumerWarningView>.Invalid(errors.ToDictionary());
        return await ChangeAsync(id, "edited", w =>
        {
            if (w.Status == ConsumerWarningStatus.Published) return "已发布的消费提示不能修改，请先撤回";
            w.Title = cmd.Title!.Trim();
            w.Body = cmd.Body!.Trim();
            return null;
        }, ct);
    }

    public Task<Result<ConsumerWarningView>> PublishAsync(long id, CancellationToken ct) => ChangeAsync(id, "published", w =>
    {
        if (w.Status == ConsumerWarningStatus.Published) return "该消费提示已发布";
        w.Status = ConsumerWarningStatus.Published;
        w.PublishedAt = clock.GetUtcNow();
        return null;
    }, ct);

    public Task<Result<ConsumerWarningView>> WithdrawAsync(long id, CancellationToken ct) => ChangeAsync(id, "withdrawn", w =>
    {
        if (w.Status != ConsumerWarningStatus.Published) return "只能撤回已发布的消费提示";
        w.Status = ConsumerWarningStatus.Withdrawn;
        return null;
    }, ct);

    private async Task<Result<ConsumerWarningView>> ChangeAsync(long id, string action, Func<ConsumerWarning, string?> change, CancellationToken ct)
    {
        var w = await db.ConsumerWarnings.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (w is null) return Result<ConsumerWarningView>.NotFound($"消费提示 {id} 不存在或不在您的管辖范围内");
        var before = View(w);
        if (change(w) is { } error) return Result<ConsumerWarningView>.Unprocessable(error);
        db.Audit($"complaints.consumer-warning-{action}", nameof(ConsumerWarning), Id(w), before, View(w), w.DivisionCode);
        await db.SaveChangesAsync(ct);
        return View(w);
    }

    /// <summary>Published warnings, newest first (the portal: the whole deployment, past the jurisdiction filter).</summary>
    public async Task<IReadOnlyList<PublicConsumerWarning>> PublishedAsync(CancellationToken ct) =>
        [.. (await db.ConsumerWarnings.IgnoreQueryFilters().AsNoTracking().Where(w => w.Status == ConsumerWarningStatus.Published)
            .OrderByDescending(w => w.PublishedAt).ThenByDescending(w => w.Id).Take(100).ToListAsync(ct)).Select(Public)];

    public async Task<PublicConsumerWarning?> PublishedAsync(long id, CancellationToken ct) =>
        await db.ConsumerWarnings.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(w => w.Id == id && w.Status == ConsumerWarningStatus.Published, ct) is { } w
            ? Public(w) : null;

    private static PublicConsumerWarning Public(ConsumerWarning w) => new(w.Id, w.Title, w.Body, w.OrgUnitName, (w.PublishedAt ?? w.DraftedAt).ToChinaDate());

    private static ConsumerWarningView View(ConsumerWarning w) => new(w.Id, w.Title, w.Body, w.CategoryCode, w.Basis, w.Status, StatusName(w.Status), w.OrgUnitName,
        w.DraftedBy, w.DraftedAt, w.PublishedAt);

    private static string Id(ConsumerWarning w) => w.Id.ToString(CultureInfo.InvariantCulture);

    private static string Cut(string s, int max) => s.Length <= max ? s : s[..max];
}
