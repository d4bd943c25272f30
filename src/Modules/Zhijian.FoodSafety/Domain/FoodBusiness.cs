namespace Zhijian.FoodSafety.Domain;

/// <summary>食品生产经营者的业态 (what the licence or registration allows; decides the checklist and the static risk).</summary>
internal enum FoodBusinessType
{
    /// <summary>食品生产（SC 许可）</summary>
    Production = 1,

    /// <summary>食品销售（JY1）</summary>
    Sales = 2,

    /// <summary>餐饮服务（JY2）</summary>
    Catering = 3,

    /// <summary>单位食堂（JY3，集中用餐单位）</summary>
    Canteen = 4,

    /// <summary>仅销售预包装食品（备案）</summary>
    PrepackagedSales = 5,

    /// <summary>食品小作坊（登记，地方规定）</summary>
    Workshop = 6,

    /// <summary>食品摊贩（登记，地方规定）</summary>
    Vendor = 7,
}

/// <summary>经营规模 (a static risk factor).</summary>
internal enum FoodBusinessScale
{
    /// <summary>小型</summary>
    Small = 1,

    /// <summary>中型</summary>
    Medium = 2,

    /// <summary>大型</summary>
    Large = 3,
}

/// <summary>集中用餐单位食堂的类别 (school and nursery canteens are counted for 明厨亮灶).</summary>
internal enum CanteenKind
{
    /// <summary>不是集中用餐单位食堂</summary>
    None = 0,

    /// <summary>学校食堂（中小学、高校）</summary>
    School = 1,

    /// <summary>托幼机构食堂</summary>
    Nursery = 2,

    /// <summary>养老机构食堂</summary>
    ElderlyCare = 3,

    /// <summary>医疗机构食堂</summary>
    Hospital = 4,

    /// <summary>机关、企事业单位食堂</summary>
    Workplace = 5,

    /// <summary>建筑工地食堂</summary>
    ConstructionSite = 6,
}

/// <summary>
/// 食品生产经营者: a registry entity (by USCC) seen by the food section, with its 业态, premises, scale and current risk
/// grade. One row per (USCC, premises) — a chain's stores are separate businesses. Licences hang off it.
/// </summary>
internal sealed class FoodBusiness : Zhijian.Platform.Storage.IDivisionScoped
{
    public long Id { get; set; }

    /// <summary>统一社会信用代码 of the registry entity.</summary>
    public string Uscc { get; set; } = "";

    public string Name { get; set; } = "";

    public FoodBusinessType Type { get; set; }

    public FoodBusinessScale Scale { get; set; } = FoodBusinessScale.Small;

    public CanteenKind Canteen { get; set; }

    /// <summary>经营场所 (premises address).</summary>
    public string Premises { get; set; } = "";

    /// <summary>属地 (GB/T 2260, 6 digits).</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>The bureau (or 所) responsible for it.</summary>
    public int? OrgUnitId { get; set; }

    /// <summary>明厨亮灶: the kitchen can be seen (glass wall, video, or both).</summary>
    public bool TransparentKitchen { get; set; }

    /// <summary>明厨亮灶的方式 (透明玻璃 / 视频 / 透明+视频).</summary>
    public string? TransparentKitchenMode { get; set; }

    public DateOnly? TransparentKitchenSince { get; set; }

    /// <summary>Current risk grade A–D (null: not graded yet), kept here for lists and plans.</summary>
    public string? Grade { get; set; }

    public decimal? GradeScore { get; set; }

    public DateTimeOffset? GradedAt { get; set; }

    /// <summary>The grading model version of the current grade.</summary>
    public string? GradeModelVersion { get; set; }

    /// <summary>False once every licence is cancelled or the entity deregistered.</summary>
    public bool Active { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
