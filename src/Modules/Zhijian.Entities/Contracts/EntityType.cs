namespace Zhijian.Entities.Contracts;

/// <summary>市场主体类型.</summary>
public enum EntityType
{
    /// <summary>有限责任公司</summary>
    LimitedCompany = 1,

    /// <summary>股份有限公司</summary>
    JointStockCompany = 2,

    /// <summary>个人独资企业</summary>
    SoleProprietorship = 3,

    /// <summary>合伙企业</summary>
    Partnership = 4,

    /// <summary>外商投资企业</summary>
    ForeignInvested = 5,

    /// <summary>分公司（分支机构）</summary>
    Branch = 6,

    /// <summary>个体工商户</summary>
    IndividualBusiness = 7,

    /// <summary>农民专业合作社</summary>
    FarmerCooperative = 8,
}

/// <summary>登记状态.</summary>
public enum EntityStatus
{
    /// <summary>存续（在营、开业）</summary>
    Active = 1,

    /// <summary>迁出</summary>
    MovedOut = 2,

    /// <summary>吊销</summary>
    Revoked = 3,

    /// <summary>注销</summary>
    Deregistered = 4,
}

/// <summary>登记渠道: how the registration application reached the registration authority.</summary>
public enum RegistrationChannel
{
    /// <summary>网上登记（全程电子化）</summary>
    Online = 1,

    /// <summary>窗口登记</summary>
    Counter = 2,
}

/// <summary>Chinese names of the registry's enums, and the codes used in import files.</summary>
public static class EntityNames
{
    public static string Of(EntityType t) => t switch
    {
        EntityType.LimitedCompany => "有限责任公司",
        EntityType.JointStockCompany => "股份有限公司",
        EntityType.SoleProprietorship => "个人独资企业",
        EntityType.Partnership => "合伙企业",
        EntityType.ForeignInvested => "外商投资企业",
        EntityType.Branch => "分公司",
        EntityType.IndividualBusiness => "个体工商户",
        EntityType.FarmerCooperative => "农民专业合作社",
        _ => t.ToString(),
    };

    public static string Of(EntityStatus s) => s switch
    {
        EntityStatus.Active => "存续",
        EntityStatus.MovedOut => "迁出",
        EntityStatus.Revoked => "吊销",
        EntityStatus.Deregistered => "注销",
        _ => s.ToString(),
    };

    public static string Of(RegistrationChannel c) => c switch
    {
        RegistrationChannel.Online => "网上登记",
        RegistrationChannel.Counter => "窗口登记",
        _ => c.ToString(),
    };

    /// <summary>登记渠道 as written in an import file: 网上 / 网上登记 / 全程电子化, or 窗口 / 窗口登记; null when not one of them.</summary>
    public static RegistrationChannel? ParseChannel(string? text) => text?.Trim() switch
    {
        "网上" or "网上登记" or "全程电子化" or "网上登记（全程电子化）" => RegistrationChannel.Online,
        "窗口" or "窗口登记" => RegistrationChannel.Counter,
        _ => null,
    };

    /// <summary>是/否 as written in an import file; null when neither.</summary>
    public static bool? ParseYesNo(string? text) => text?.Trim() switch
    {
        "是" or "Y" or "y" or "true" or "TRUE" or "True" => true,
        "否" or "N" or "n" or "false" or "FALSE" or "False" => false,
        _ => null,
    };

    /// <summary>Enterprises (企业): every type but 个体工商户 and 农民专业合作社 (USCC type character 1).</summary>
    public static bool IsEnterprise(EntityType t) => t is not (EntityType.IndividualBusiness or EntityType.FarmerCooperative);

    public static EntityType? ParseType(string? text) =>
        Enum.GetValues<EntityType>().Cast<EntityType?>().FirstOrDefault(t => Of(t!.Value) == text?.Trim());

    public static EntityStatus? ParseStatus(string? text) =>
        text?.Trim() is "在营" or "开业" ? EntityStatus.Active
        : Enum.GetValues<EntityStatus>().Cast<EntityStatus?>().FirstOrDefault(s => Of(s!.Value) == text?.Trim());

    /// <summary>USCC position 2 under authority 9 (GB 32100): 1 企业, 2 个体工商户, 3 农民专业合作社.</summary>
    public static char UsccTypeChar(EntityType t) => t switch
    {
        EntityType.IndividualBusiness => '2',
        EntityType.FarmerCooperative => '3',
        _ => '1',
    };
}
