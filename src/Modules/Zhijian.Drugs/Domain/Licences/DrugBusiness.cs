using Zhijian.Platform.Storage;

namespace Zhijian.Drugs.Domain.Licences;

/// <summary>经营类别 of a business supervised by the drugs module.</summary>
internal enum DrugBusinessKind
{
    /// <summary>零售药店（单体）</summary>
    RetailPharmacy = 1,

    /// <summary>连锁门店</summary>
    ChainStore = 2,

    /// <summary>连锁总部</summary>
    ChainHeadquarters = 3,

    /// <summary>药品批发</summary>
    Wholesale = 4,

    /// <summary>三类医疗器械经营（许可）</summary>
    DeviceClassIII = 5,

    /// <summary>二类医疗器械经营（备案）</summary>
    DeviceClassII = 6,

    /// <summary>化妆品经营</summary>
    Cosmetics = 7,
}

/// <summary>
/// 药品、医疗器械、化妆品经营企业: the business every area of the module refers to (licences, grids and inspections, sales and
/// adverse-reaction registers). <see cref="Uscc"/> links it to the registry (<see cref="InRegistry"/> when the registry knows it);
/// <see cref="DivisionCode"/> is its county (GB/T 2260). A chain store names its 连锁总部 (<see cref="ChainHeadquartersId"/>).
/// <see cref="LegalRepresentative"/> and <see cref="QualityManager"/> are personal data: masked on screen and in the portal.
/// </summary>
internal sealed class DrugBusiness : IDivisionScoped
{
    public long Id { get; set; }

    /// <summary>统一社会信用代码 (18 characters).</summary>
    public required string Uscc { get; set; }

    /// <summary>Whether the registry (市场主体名录) holds an entity with <see cref="Uscc"/>.</summary>
    public bool InRegistry { get; set; }

    public required string Name { get; set; }

    public DrugBusinessKind Kind { get; set; }

    /// <summary>County (区县) division code, 6 digits.</summary>
    public required string DivisionCode { get; set; }

    /// <summary>经营地址.</summary>
    public required string Address { get; set; }

    /// <summary>法定代表人/负责人 (personal: masked on screen).</summary>
    public required string LegalRepresentative { get; set; }

    /// <summary>质量负责人 (personal: masked on screen).</summary>
    public string? QualityManager { get; set; }

    /// <summary>联系电话 (masked on screen).</summary>
    public string? Phone { get; set; }

    /// <summary>In business (false once it closed or its licence was cancelled for good).</summary>
    public bool Active { get; set; } = true;

    /// <summary>化妆品经营类别 ("、"-joined) of a cosmetics business (no licence: registration only).</summary>
    public string? Categories { get; set; }

    /// <summary>The chain's headquarters (a <see cref="DrugBusinessKind.ChainHeadquarters"/> business) for a chain store.</summary>
    public long? ChainHeadquartersId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public required string CreatedBy { get; set; }
}

/// <summary>Chinese names of the business kinds (the one place they are spelled).</summary>
internal static class DrugBusinessNames
{
    public static string Of(DrugBusinessKind kind) => kind switch
    {
        DrugBusinessKind.RetailPharmacy => "零售药店",
        DrugBusinessKind.ChainStore => "连锁门店",
        DrugBusinessKind.ChainHeadquarters => "连锁总部",
        DrugBusinessKind.Wholesale => "药品批发",
        DrugBusinessKind.DeviceClassIII => "三类医疗器械经营",
        DrugBusinessKind.DeviceClassII => "二类医疗器械经营（备案）",
        DrugBusinessKind.Cosmetics => "化妆品经营",
        _ => "其他",
    };

    /// <summary>Pharmacies (零售药店 and 连锁门店): the ones in grids, with pharmacists, selling 含麻 and prescription drugs.</summary>
    public static bool IsPharmacy(DrugBusinessKind kind) => kind is DrugBusinessKind.RetailPharmacy or DrugBusinessKind.ChainStore;

    /// <summary>Medical-device businesses (class III licence or class II filing).</summary>
    public static bool IsDevice(DrugBusinessKind kind) => kind is DrugBusinessKind.DeviceClassIII or DrugBusinessKind.DeviceClassII;
}
