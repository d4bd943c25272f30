using Zhijian.Entities.Contracts;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Storage;

namespace Zhijian.Entities.Domain;

/// <summary>市场主体: one registered market entity. Personal data is kept only encrypted plus a masked copy.</summary>
internal sealed class MarketEntity : IDivisionScoped
{
    public long Id { get; set; }

    /// <summary>统一社会信用代码 (GB 32100), unique.</summary>
    public string Uscc { get; set; } = "";

    /// <summary>原工商注册号 (legacy 15 digits).</summary>
    public string? RegNo { get; set; }

    public string Name { get; set; } = "";

    public EntityType Type { get; set; }

    /// <summary>法定代表人 / 负责人 / 经营者.</summary>
    public string LegalRep { get; set; } = "";

    /// <summary>法定代表人证件号码, encrypted with Data Protection.</summary>
    public string? LegalRepIdCipher { get; set; }

    /// <summary>法定代表人证件号码, masked for display (110105********002X).</summary>
    public string? LegalRepIdMasked { get; set; }

    /// <summary>注册资本（万元）.</summary>
    public decimal? RegisteredCapital { get; set; }

    public DateOnly EstablishedOn { get; set; }

    public DateOnly? TermFrom { get; set; }

    /// <summary>营业期限至; null = 长期.</summary>
    public DateOnly? TermTo { get; set; }

    public string RegisteredAddress { get; set; } = "";

    public string? BusinessAddress { get; set; }

    /// <summary>属地 (GB/T 2260, 6 or 9 digits): what scopes access.</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>国民经济行业分类 (GB/T 4754-2017).</summary>
    public string IndustryCode { get; set; } = "";

    public string? BusinessScope { get; set; }

    /// <summary>登记机关.</summary>
    public string RegistrationAuthority { get; set; } = "";

    public string? PhoneCipher { get; set; }

    public string? PhoneMasked { get; set; }

    public EntityStatus Status { get; set; } = EntityStatus.Active;

    public DateOnly? StatusDate { get; set; }

    /// <summary>标签 (manual and rule-based), stored comma-separated.</summary>
    public List<string> Tags { get; set; } = [];

    /// <summary>Registered with a USCC that fails the check character, accepted on explicit override (DOMAIN §1.1).</summary>
    public bool UsccCheckOverridden { get; set; }

    /// <summary>申请受理时间 (null for records from before it was kept). Setting it sets <see cref="ApplicationReceivedOn"/>.</summary>
    public DateTimeOffset? ApplicationReceivedAt
    {
        get;
        set
        {
            field = value;
            ApplicationReceivedOn = value?.ToChinaDate();
        }
    }

    /// <summary>The China date of <see cref="ApplicationReceivedAt"/>, stored for statistics (开办时间, 登记注册时间 grouped in SQL).</summary>
    public DateOnly? ApplicationReceivedOn { get; private set; }

    /// <summary>营业执照发放时间. Setting it sets <see cref="LicenceIssuedOn"/>.</summary>
    public DateTimeOffset? LicenceIssuedAt
    {
        get;
        set
        {
            field = value;
            LicenceIssuedOn = value?.ToChinaDate();
        }
    }

    /// <summary>The China date of <see cref="LicenceIssuedAt"/>, stored for statistics.</summary>
    public DateOnly? LicenceIssuedOn { get; private set; }

    /// <summary>登记渠道: 网上登记（全程电子化）or 窗口登记; null when not recorded.</summary>
    public RegistrationChannel? ApplicationChannel { get; set; }

    /// <summary>企业名称网上自主申报; null when not recorded.</summary>
    public bool? NameSelfDeclared { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>主体档案时间线: one lifecycle event with the fields it changed.</summary>
internal sealed class EntityEvent : IDivisionScoped
{
    public long Id { get; set; }

    public long EntityId { get; set; }

    public string Kind { get; set; } = "";

    /// <summary>The legal date of the event (成立日期, 变更日期, 注销日期 …).</summary>
    public DateOnly OccurredOn { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public string Summary { get; set; } = "";

    /// <summary>JSON list of {field, label, old, new}; personal data masked.</summary>
    public string? Changes { get; set; }

    public string Actor { get; set; } = "";

    public string DivisionCode { get; set; } = "";
}

/// <summary>年度报告.</summary>
internal sealed class AnnualReport : IDivisionScoped
{
    public long Id { get; set; }

    public long EntityId { get; set; }

    public int Year { get; set; }

    public DateOnly FiledOn { get; set; }

    /// <summary>Filed after the window closed (逾期补报).</summary>
    public bool Late { get; set; }

    public int Employees { get; set; }

    public string? PhoneMasked { get; set; }

    public string? PhoneCipher { get; set; }

    /// <summary>网站、网店, one per line.</summary>
    public string? Websites { get; set; }

    /// <summary>实缴出资（万元）.</summary>
    public decimal? PaidInCapital { get; set; }

    public string DivisionCode { get; set; } = "";
}

/// <summary>涉企许可 (证照分离).</summary>
internal sealed class Licence : IDivisionScoped
{
    public long Id { get; set; }

    public long EntityId { get; set; }

    public string TypeCode { get; set; } = "";

    public string Number { get; set; } = "";

    public string Issuer { get; set; } = "";

    public DateOnly ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    /// <summary>有效 / 注销 / 撤销.</summary>
    public string Status { get; set; } = "有效";

    /// <summary>告知承诺制.</summary>
    public bool Commitment { get; set; }

    public string DivisionCode { get; set; } = "";
}
