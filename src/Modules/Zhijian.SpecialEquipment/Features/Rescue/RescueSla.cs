using Zhijian.Platform.Rules;
using Zhijian.SpecialEquipment.Domain.Maintenance;

namespace Zhijian.SpecialEquipment.Features.Rescue;

/// <summary>
/// The 96333 arrival time limit: minutes from the call received to the maintainer's arrival, against sequip.rescue-urban (城区) or
/// sequip.rescue-rural by the county of the equipment. Which counties are urban: the rescue-zone table when it has a row, else
/// <see cref="DefaultUrban"/> (济南 历下、市中、槐荫、天桥、历城). Arrival exactly at the limit meets it.
/// </summary>
internal sealed class RescueSla(IRuleBook rules)
{
    public const string UrbanKey = "sequip.rescue-urban";
    public const string RuralKey = "sequip.rescue-rural";
    public const string EntrapmentKey = "sequip.entrapment-accident-minutes";
    public const string FrequentFailuresKey = "sequip.rescue-frequent-failures";
    public const string FrequentDaysKey = "sequip.rescue-frequent-days";

    /// <summary>Shipped urban counties (济南 主城区).</summary>
    public static readonly IReadOnlySet<string> DefaultUrban = new HashSet<string>(StringComparer.Ordinal) { "370102", "370103", "370104", "370105", "370112" };

    public int Minutes(bool urban, DateOnly on) => rules.GetInt(urban ? UrbanKey : RuralKey, on);

    public int EntrapmentAccidentMinutes(DateOnly on) => rules.GetInt(EntrapmentKey, on);

    public int FrequentFailures(DateOnly on) => rules.GetInt(FrequentFailuresKey, on);

    public int FrequentDays(DateOnly on) => rules.GetInt(FrequentDaysKey, on);

    /// <summary>Urban by the zone table's row for the county, else by the shipped default.</summary>
    public static bool IsUrban(string divisionCode, IReadOnlyDictionary<string, bool> zones)
    {
        var county = divisionCode.Length >= 6 ? divisionCode[..6] : divisionCode;
        return zones.TryGetValue(county, out var urban) ? urban : DefaultUrban.Contains(county);
    }

    /// <summary>Whole minutes shown for an interval (rounded up: 30 min 1 s shows 31).</summary>
    public static int ShownMinutes(TimeSpan span) => (int)Math.Ceiling(Math.Max(0, span.TotalMinutes));

    /// <summary>
    /// Met when the arrival is at most <paramref name="slaMinutes"/> after the call; with no arrival: missed once the limit has
    /// passed at <paramref name="now"/> (or the call is closed), otherwise still open (null).
    /// </summary>
    public static bool? Met(DateTimeOffset receivedAt, DateTimeOffset? arrivedAt, int slaMinutes, DateTimeOffset now, bool closed = false)
    {
        var limit = receivedAt.AddMinutes(slaMinutes);
        if (arrivedAt is { } a) return a <= limit;
        return closed || now > limit ? false : null;
    }

    public static string NameOf(RescueStatus s) => s switch
    {
        RescueStatus.Received => "已接警",
        RescueStatus.Dispatched => "已派单",
        RescueStatus.Arrived => "已到场",
        RescueStatus.Released => "已解困",
        RescueStatus.Closed => "已关闭",
        _ => "未知",
    };

    public static string NameOf(RescueCause c) => c switch
    {
        RescueCause.Door => "门系统",
        RescueCause.SafetyCircuit => "安全回路",
        RescueCause.PowerCut => "停电",
        RescueCause.Human => "人为",
        RescueCause.Other => "其他",
        _ => "未知",
    };
}
