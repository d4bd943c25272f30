using Zhijian.Inspections.Contracts;
using Zhijian.Platform.Storage;

namespace Zhijian.Inspections.Domain;

/// <summary>随机抽查事项清单中的一项.</summary>
internal sealed class InspectionItem : IDivisionScoped
{
    public long Id { get; set; }

    /// <summary>事项编码, unique per org unit (e.g. "SD-JN-001").</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>检查内容（子项）.</summary>
    public List<string> SubItems { get; set; } = [];

    /// <summary>检查依据.</summary>
    public string LegalBasis { get; set; } = "";

    /// <summary>实施部门 (市场监督管理局, 税务局 …).</summary>
    public string Department { get; set; } = "";

    /// <summary>检查对象 (e.g. "企业、农民专业合作社").</summary>
    public string TargetType { get; set; } = "";

    public List<InspectionMethod> Methods { get; set; } = [];

    /// <summary>重点检查事项 (else 一般检查事项).</summary>
    public bool Key { get; set; }

    /// <summary>抽查比例 (text as the list states it, e.g. "不低于5%").</summary>
    public string Ratio { get; set; } = "";

    /// <summary>抽查频次 (e.g. "每年1次").</summary>
    public string Frequency { get; set; } = "";

    /// <summary>执法检查人员要求: the field tags an officer must hold (e.g. 食品).</summary>
    public List<string> RequiredTags { get; set; } = [];

    public int OrgUnitId { get; set; }

    public string DivisionCode { get; set; } = "";

    public bool Active { get; set; } = true;

    public DateTimeOffset? PublishedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>检查对象名录库: a saved filter over the registry, evaluated at each draw.</summary>
internal sealed class TargetLibrary : IDivisionScoped
{
    public long Id { get; set; }

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    /// <summary>EntityType values (int), empty = all.</summary>
    public List<string> Types { get; set; } = [];

    /// <summary>Industry code prefixes (GB/T 4754), empty = all.</summary>
    public List<string> IndustryCodes { get; set; } = [];

    /// <summary>Division subtree roots, empty = the org unit's whole jurisdiction.</summary>
    public List<string> DivisionCodes { get; set; } = [];

    /// <summary>Entity has any of these tags.</summary>
    public List<string> Tags { get; set; } = [];

    /// <summary>Entity holds a valid licence of any of these types.</summary>
    public List<string> LicenceTypes { get; set; } = [];

    /// <summary>Only these risk classes ("A".."D", "U"), empty = all.</summary>
    public List<string> RiskClasses { get; set; } = [];

    /// <summary>Only entities in business (存续); deregistered ones are never inspected.</summary>
    public bool ActiveOnly { get; set; } = true;

    /// <summary>免检: entities carrying one of these tags are left out, each with its reason (JSON list).</summary>
    public List<Exemption> Exemptions { get; set; } = [];

    public int OrgUnitId { get; set; }

    public string DivisionCode { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed record Exemption(string Tag, string Reason);

/// <summary>执法检查人员名录库中的一名人员.</summary>
internal sealed class Inspector : IDivisionScoped
{
    public long Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>执法证号, unique.</summary>
    public string CertificateNo { get; set; } = "";

    /// <summary>所属部门 (市场监督管理局, 税务局 … for joint inspections).</summary>
    public string Department { get; set; } = "";

    /// <summary>专业领域 tags (食品, 特种设备, 广告, 计量 …).</summary>
    public List<string> FieldTags { get; set; } = [];

    /// <summary>The staff login of this officer, when they use the console (results entry).</summary>
    public string? UserName { get; set; }

    public int OrgUnitId { get; set; }

    public string OrgUnitName { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    public bool Active { get; set; } = true;

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>请假、培训等不可参加检查的期间.</summary>
internal sealed class InspectorLeave : IDivisionScoped
{
    public long Id { get; set; }

    public long InspectorId { get; set; }

    public DateOnly From { get; set; }

    public DateOnly To { get; set; }

    public string Reason { get; set; } = "";

    public string DivisionCode { get; set; } = "";
}

/// <summary>申报的利害关系: with an entity (USCC) or a person (the legal representative's name).</summary>
internal sealed class InspectorConflict : IDivisionScoped
{
    public long Id { get; set; }

    public long InspectorId { get; set; }

    public string? Uscc { get; set; }

    /// <summary>A person's name (e.g. a relative who is a legal representative); never shown in full on lists.</summary>
    public string? PersonName { get; set; }

    public string Reason { get; set; } = "";

    public DateTimeOffset DeclaredAt { get; set; }

    public string DivisionCode { get; set; } = "";
}
