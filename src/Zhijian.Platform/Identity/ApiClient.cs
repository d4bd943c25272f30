namespace Zhijian.Platform.Identity;

/// <summary>Another system (12345 hotline, 信息归集, mobile app) calling /api/v1 with a hashed key.</summary>
public sealed class ApiClient
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>Public key id (the part of the key before the secret), used to look the client up.</summary>
    public string KeyId { get; set; } = "";

    /// <summary>SHA-256 of the whole key, hex. The key itself is shown once and never stored.</summary>
    public string KeyHash { get; set; } = "";

    public List<string> Scopes { get; set; } = [];

    public int OrgUnitId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }
}
