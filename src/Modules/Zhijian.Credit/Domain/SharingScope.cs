namespace Zhijian.Credit.Domain;

/// <summary>
/// 数据共享范围: a source outside an area (an API client, or an org unit with its staff and clients) that may send credit records
/// for entities of the named divisions, from <see cref="EffectiveFrom"/> to <see cref="EffectiveTo"/> (inclusive). Declared by an
/// administrator or section chief whose jurisdiction covers every division; records received under it are held as 待审核 until a
/// section chief of the entity's jurisdiction approves them.
/// </summary>
internal sealed class SharingScope
{
    public long Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The API client (its unique name) this scope admits; null when <see cref="SourceOrgUnitId"/> names the source.</summary>
    public string? SourceApiClient { get; set; }

    /// <summary>The org unit whose staff and API clients this scope admits; null when <see cref="SourceApiClient"/> names the source.</summary>
    public int? SourceOrgUnitId { get; set; }

    /// <summary>The source as people read it (client name or org unit name).</summary>
    public string SourceName { get; set; } = "";

    /// <summary>Only records with this 来源系统 (null: any).</summary>
    public string? SourceSystem { get; set; }

    /// <summary>GB/T 2260 codes whose entities the source may send records for (a code covers its subtree).</summary>
    public List<string> Divisions { get; set; } = [];

    /// <summary>依据 (agreement, document number).</summary>
    public string Basis { get; set; } = "";

    public DateOnly EffectiveFrom { get; set; }

    public DateOnly? EffectiveTo { get; set; }

    public string DeclaredBy { get; set; } = "";

    public DateTimeOffset DeclaredAt { get; set; }

    public string? RevokedBy { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public bool InForceOn(DateOnly day) => RevokedAt is null && EffectiveFrom <= day && (EffectiveTo is null || day <= EffectiveTo);
}
