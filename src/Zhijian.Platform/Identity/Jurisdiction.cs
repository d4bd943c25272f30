namespace Zhijian.Platform.Identity;

/// <summary>
/// 辖区: the division-code prefixes a caller may see. A 市局 covering 370100 sees "3701…", a 县区局 covering
/// 370102 sees "370102…", a 所 covering a street sees its 9-digit code. The one scoping rule of Zhijian:
/// every <see cref="Storage.IDivisionScoped"/> record is filtered by it.
/// </summary>
public sealed class Jurisdiction
{
    public static readonly Jurisdiction Everything = new(true, []);
    public static readonly Jurisdiction Nothing = new(false, []);

    public Jurisdiction(bool unrestricted, string[] prefixes)
    {
        Unrestricted = unrestricted;
        Prefixes = prefixes;
        LikePatterns = [.. prefixes.Select(p => Storage.SqlLike.Escape(p) + "%")];
    }

    /// <summary>System work (start-up, jobs, migrations): no filter.</summary>
    public bool Unrestricted { get; }

    public string[] Prefixes { get; }

    /// <summary>The prefixes as SQL LIKE patterns (<c>3701%</c>; <c>\</c>, <c>%</c> and <c>_</c> escaped with PostgreSQL's default <c>\</c>).</summary>
    public string[] LikePatterns { get; }

    public static Jurisdiction For(IEnumerable<string> coveredDivisionCodes) =>
        new(false, [.. coveredDivisionCodes.Select(ScopePrefix).Distinct(StringComparer.Ordinal)]);

    public bool Covers(string? divisionCode) =>
        Unrestricted || (divisionCode is not null && Prefixes.Any(p => divisionCode.StartsWith(p, StringComparison.Ordinal)));

    /// <summary>The prefix a covered division code grants (see <see cref="Codes.DivisionTable.ScopePrefix"/>).</summary>
    public static string ScopePrefix(string code) => Codes.DivisionTable.ScopePrefix(code);
}
