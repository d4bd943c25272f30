using System.Globalization;
using MudBlazor;
using Zhijian.Cases.Contracts;
using Zhijian.Cases.Domain;

namespace Zhijian.Cases.Pages;

/// <summary>How the 行政执法办案 pages write dates, amounts, stages and the choices of the forms (one place, so every page reads alike).</summary>
internal static class CaseUi
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string D(DateOnly d) => d.ToString("yyyy-MM-dd", Inv);

    public static string D(DateOnly? d) => d is { } x ? D(x) : "—";

    public static string T(DateTimeOffset t) => t.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", Inv);

    public static string N(int n) => n.ToString("N0", Inv);

    public static string Money(decimal? m) => m is { } x ? x.ToString("#,0.##", Inv) + " 元" : "—";

    /// <summary>part / whole as a percent; "—" when there is nothing to divide by.</summary>
    public static string Pct(int part, int whole) => whole == 0 ? "—" : (part * 100.0 / whole).ToString("0.#", Inv) + "%";

    public static DateOnly? Do(DateTime? d) => d is { } x ? DateOnly.FromDateTime(x) : null;

    public static DateTime? Dt(DateOnly? d) => d?.ToDateTime(TimeOnly.MinValue);

    public static Color StageColor(CaseStage s) => s switch
    {
        CaseStage.Investigating => Color.Info,
        CaseStage.Reviewing or CaseStage.LegalReview or CaseStage.Collective or CaseStage.Deciding => Color.Warning,
        CaseStage.Notified or CaseStage.Hearing => Color.Secondary,
        CaseStage.Decided or CaseStage.Executing => Color.Primary,
        CaseStage.TransferredToPolice => Color.Error,
        CaseStage.Closed => Color.Success,
        _ => Color.Default,
    };

    /// <summary>Days left as the lists write them: red when overdue, amber within 10 days.</summary>
    public static (string Text, Color Color) DaysLeft(int? days) => days switch
    {
        null => ("", Color.Default),
        < 0 => ($"超期 {-days} 天", Color.Error),
        0 => ("今天到期", Color.Error),
        <= 10 => ($"剩 {days} 天", Color.Warning),
        _ => ($"剩 {days} 天", Color.Default),
    };

    public static readonly (ClueSource Value, string Name)[] ClueSources =
        [.. new[] { ClueSource.OwnFinding, ClueSource.Transfer, ClueSource.Sampling, ClueSource.Complaint, ClueSource.Inspection, ClueSource.Recall, ClueSource.SpecialEquipment, ClueSource.ProductQuality, ClueSource.Drugs, ClueSource.Metrology, ClueSource.Prices, ClueSource.Other }
            .Select(s => (s, CaseNames.Of(s)))];

    public static readonly (PenaltyKind Value, string Name)[] PenaltyKinds = [.. Enum.GetValues<PenaltyKind>().Select(k => (k, CaseNames.Of(k)))];

    public static readonly (DiscretionLevel Value, string Name)[] Levels = [.. Enum.GetValues<DiscretionLevel>().Select(l => (l, DiscretionRules.LevelName(l)))];

    public static bool Amounted(PenaltyKind? k) => k is PenaltyKind.Fine or PenaltyKind.ConfiscateIllegalGains or PenaltyKind.ConfiscateProperty;

    /// <summary>One penalty row of a form.</summary>
    public sealed class PenaltyRow
    {
        public PenaltyKind? Kind { get; set; } = PenaltyKind.Fine;

        public decimal? Amount { get; set; }
    }

    public static string? Err(IReadOnlyDictionary<string, string[]>? errors, string field) => Zhijian.Platform.Web.FormErrors.Of(errors, field);

    public static string DocUrl(long id) => $"/api/v1/cases/documents/{id.ToString(Inv)}";

    public static string FileSize(long bytes) => bytes / 1024.0 < 1024 ? $"{bytes / 1024.0:0.#} KB" : $"{bytes / 1024.0 / 1024.0:0.#} MB";
}
