using Zhijian.FoodSafety.Domain;
using Zhijian.Platform.Identity;

namespace Zhijian.FoodSafety.Features.Supervision;

/// <summary>
/// The caller's jurisdiction on food businesses. <see cref="FoodBusiness"/> is not division-scoped by the context's query
/// filter (yet), so the supervision queries apply the same rule explicitly: the unrestricted system, or a covered prefix.
/// </summary>
internal static class FoodScope
{
#pragma warning disable CA1310 // Translated to SQL (LIKE 'prefix%' / starts_with): no culture is involved, and EF does not translate the overload with a comparison.
    public static IQueryable<FoodBusiness> Visible(this IQueryable<FoodBusiness> q, Jurisdiction scope)
    {
        if (scope.Unrestricted) return q;
        var prefixes = scope.Prefixes;
        return q.Where(b => prefixes.Any(p => b.DivisionCode.StartsWith(p)));
    }

    /// <summary>Businesses under one of <paramref name="divisionPrefixes"/> (an org unit's covered divisions).</summary>
    public static IQueryable<FoodBusiness> Under(this IQueryable<FoodBusiness> q, string[] divisionPrefixes) =>
        q.Where(b => divisionPrefixes.Any(p => b.DivisionCode.StartsWith(p)));
#pragma warning restore CA1310
}
