using System.Collections.Frozen;
using System.Text.Json;

namespace Zhijian.Platform.Codes;

/// <summary>
/// 行政区划（GB/T 2260）的一行：省级、地级、县级（6位），或乡级（乡镇/街道，9位）。
/// </summary>
/// <param name="Code">行政区划代码。</param>
/// <param name="Name">名称，如“历下区”。</param>
/// <param name="Level">层级：province | city | county | town。</param>
/// <param name="ParentCode">上级代码，省级为 null。</param>
/// <param name="Retired">是否已撤销或变更（保留历史，不再作为现行代码提供）。</param>
public sealed record Division(string Code, string Name, string Level, string? ParentCode, bool Retired)
{
    /// <summary>开发区等功能区的统计用代码（第5–6位为71–79），不属于 GB/T 2260，不作为现行区县提供。</summary>
    public bool DevZone { get; init; }

    /// <summary>撤销的时间（年-月），已知时给出。</summary>
    public string? ValidTo { get; init; }

    /// <summary>是否为现行的 GB/T 2260 代码（未撤销，且不是开发区代码）。</summary>
    public bool IsCurrent => !Retired && !DevZone;
}

/// <summary>
/// 行政区划代码表（GB/T 2260）：全国省、地、县三级及济南市乡级，含已撤销代码的历史。
/// 从嵌入资源加载一次，之后只读、线程安全。
/// </summary>
public sealed class DivisionTable
{
    /// <summary>Level name of 省级.</summary>
    public const string Province = "province";

    /// <summary>Level name of 地级.</summary>
    public const string City = "city";

    /// <summary>Level name of 县级.</summary>
    public const string County = "county";

    /// <summary>Level name of 乡级（乡镇、街道）.</summary>
    public const string Town = "town";

    private static readonly Lazy<DivisionTable> LazyDefault = new(
        () => Load(["divisions.json", "divisions-towns-3701.json"]),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, Division> byCode;
    private readonly FrozenDictionary<string, Division[]> children;

    private DivisionTable(IReadOnlyList<Division> rows, string source, string date)
    {
        byCode = rows.ToFrozenDictionary(d => d.Code, StringComparer.Ordinal);
        children = rows
            .Where(d => d.ParentCode is not null)
            .GroupBy(d => d.ParentCode!, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderBy(d => d.Code, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        All = [.. rows.OrderBy(d => d.Code, StringComparer.Ordinal)];
        Source = source;
        Date = date;
    }

    /// <summary>The table shipped with the platform (embedded divisions.json and divisions-towns-3701.json).</summary>
    public static DivisionTable Default => LazyDefault.Value;

    /// <summary>数据来源（包名、版本与原始发布机构）。</summary>
    public string Source { get; }

    /// <summary>数据截止时间。</summary>
    public string Date { get; }

    /// <summary>Number of rows, retired and development-zone rows included.</summary>
    public int Count => All.Count;

    /// <summary>Every row ordered by code, retired and development-zone rows included.</summary>
    public IReadOnlyList<Division> All { get; }

    /// <summary>Finds a code, whether current, retired or a development zone; null when absent.</summary>
    public Division? Find(string? code) =>
        code is not null && byCode.TryGetValue(code.Trim(), out var d) ? d : null;

    /// <summary>Current direct subdivisions (not retired, not development zones), ordered by code.</summary>
    public IReadOnlyList<Division> ChildrenOf(string? code) =>
        [.. AllChildrenOf(code).Where(d => d.IsCurrent)];

    /// <summary>Every direct subdivision, retired and development zones included, ordered by code.</summary>
    public IReadOnlyList<Division> AllChildrenOf(string? code) =>
        code is not null && children.TryGetValue(code.Trim(), out var list) ? list : [];

    /// <summary>Ancestors from the parent up to the province (nearest first).</summary>
    public IEnumerable<Division> Ancestors(string? code)
    {
        var current = Find(code);
        while (current?.ParentCode is { } parent && byCode.TryGetValue(parent, out var up))
        {
            yield return up;
            current = up;
        }
    }

    /// <summary>
    /// 全称，如“山东省济南市历下区”；跳过“市辖区”“县”“省直辖县级行政区划”等占位的地级行。
    /// Unknown codes give an empty string.
    /// </summary>
    public string FullName(string? code)
    {
        var division = Find(code);
        if (division is null)
        {
            return string.Empty;
        }

        var names = new List<string>();
        foreach (var d in Ancestors(division.Code).Reverse().Append(division))
        {
            // skip 市辖区/县 placeholders and a county-level row named like its city (620201 嘉峪关市)
            if ((d == division || !IsPlaceholder(d)) && (names.Count == 0 || names[^1] != d.Name))
            {
                names.Add(d.Name);
            }
        }

        return string.Concat(names);
    }

    /// <summary>现行代码：存在、未撤销、不是开发区代码。</summary>
    public bool IsKnown(string? code) => Find(code)?.IsCurrent == true;

    /// <summary>
    /// 辖区前缀：6位代码去掉末尾成对的“00”（370000→“37”，370100→“3701”，370102→“370102”）；
    /// 9位乡级代码原样返回。
    /// </summary>
    /// <exception cref="ArgumentException">不是6位或9位数字。</exception>
    public static string ScopePrefix(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var trimmed = code.Trim();
        if (!IsWellFormed(trimmed))
        {
            throw new ArgumentException("行政区划代码应为6位或9位数字", nameof(code));
        }

        if (trimmed.Length == 9)
        {
            return trimmed;
        }

        var prefix = trimmed;
        while (prefix.Length > 2 && prefix.EndsWith("00", StringComparison.Ordinal))
        {
            prefix = prefix[..^2];
        }

        return prefix;
    }

    /// <summary>
    /// 辖区 <paramref name="scopeCode"/> 是否覆盖记录的属地代码 <paramref name="recordDivisionCode"/>：
    /// 属地代码以辖区前缀（<see cref="ScopePrefix"/>）开头。属地代码为空或格式不对时为 false。
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="scopeCode"/> 不是6位或9位数字。</exception>
    public static bool Covers(string scopeCode, string? recordDivisionCode)
    {
        if (string.IsNullOrWhiteSpace(recordDivisionCode) || !IsWellFormed(recordDivisionCode.Trim()))
        {
            return false;
        }

        return recordDivisionCode.Trim().StartsWith(ScopePrefix(scopeCode), StringComparison.Ordinal);
    }

    /// <summary>Whether <paramref name="code"/> has the shape of a division code (6 or 9 ASCII digits).</summary>
    public static bool IsWellFormed(string? code) =>
        code is { Length: 6 or 9 } && code.All(char.IsAsciiDigit);

    internal static DivisionTable Load(IEnumerable<string> fileNames)
    {
        var rows = new List<Division>();
        string? source = null;
        string? date = null;
        foreach (var file in fileNames)
        {
            using var stream = EmbeddedData.Open(file);
            using var doc = JsonDocument.Parse(stream);
            var root = doc.RootElement;
            source ??= root.GetProperty("source").GetString();
            date ??= root.GetProperty("date").GetString();
            foreach (var e in root.GetProperty("divisions").EnumerateArray())
            {
                rows.Add(new Division(
                    e.GetProperty("code").GetString()!,
                    e.GetProperty("name").GetString()!,
                    e.GetProperty("level").GetString()!,
                    e.TryGetProperty("parent", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null,
                    e.TryGetProperty("retired", out var r) && r.GetBoolean())
                {
                    DevZone = e.TryGetProperty("devZone", out var z) && z.GetBoolean(),
                    ValidTo = e.TryGetProperty("validTo", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null,
                });
            }
        }

        return new DivisionTable(rows, source ?? string.Empty, date ?? string.Empty);
    }

    private static bool IsPlaceholder(Division d) =>
        (d.Level == City && d.Name is "市辖区" or "县") || d.Name.EndsWith("直辖县级行政区划", StringComparison.Ordinal);
}
