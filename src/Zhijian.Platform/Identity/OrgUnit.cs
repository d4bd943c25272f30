using Zhijian.Platform.Storage;

namespace Zhijian.Platform.Identity;

/// <summary>机构层级: 省局 → 市局 → 县区局 → 市场监管所.</summary>
public enum OrgUnitKind
{
    /// <summary>省局</summary>
    Province = 1,

    /// <summary>市局</summary>
    City = 2,

    /// <summary>县区局</summary>
    County = 3,

    /// <summary>市场监管所</summary>
    Station = 4,
}

/// <summary>组织机构: a bureau or station, covering GB/T 2260 division codes.</summary>
public sealed class OrgUnit : IDivisionScoped
{
    public int Id { get; set; }

    /// <summary>Unique code: the division code for bureaus ("370102"), a 9-digit street code or suffix for stations.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public OrgUnitKind Kind { get; set; }

    public int? ParentId { get; set; }

    /// <summary>Primary 属地 of the unit; what the jurisdiction filter checks.</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>All division codes the unit covers (comma-separated in storage).</summary>
    public List<string> CoveredDivisions { get; set; } = [];

    public bool Active { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }

    public static string KindName(OrgUnitKind kind) => kind switch
    {
        OrgUnitKind.Province => "省局",
        OrgUnitKind.City => "市局",
        OrgUnitKind.County => "县区局",
        _ => "市场监管所",
    };
}
