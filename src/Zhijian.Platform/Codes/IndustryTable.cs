using System.Collections.Frozen;

namespace Zhijian.Platform.Codes;

/// <summary>国民经济行业分类（GB/T 4754-2017）的一个条目。</summary>
/// <param name="Code">代码：门类为字母 A–T，大类2位、中类3位、小类4位数字。</param>
/// <param name="Name">名称。</param>
/// <param name="Level">层级：section | division | group | class。</param>
/// <param name="ParentCode">上级代码，门类为 null。</param>
public sealed record Industry(string Code, string Name, string Level, string? ParentCode)
{
    /// <summary>层级中文名：门类、大类、中类、小类。</summary>
    public string LevelName => IndustryTable.LevelNameOf(Level);
}

/// <summary>
/// 国民经济行业分类代码表（GB/T 4754-2017）：门类、大类、中类、小类。
/// 数据即嵌入的 gbt4754-2017.csv（code,name,level,parent），替换该文件即可更新；加载一次，只读、线程安全。
/// </summary>
public sealed class IndustryTable
{
    /// <summary>门类.</summary>
    public const string Section = "section";

    /// <summary>大类.</summary>
    public const string Division = "division";

    /// <summary>中类.</summary>
    public const string Group = "group";

    /// <summary>小类.</summary>
    public const string Class = "class";

    internal const string FileName = "gbt4754-2017.csv";

    private static readonly Lazy<IndustryTable> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, Industry> byCode;
    private readonly FrozenDictionary<string, Industry[]> children;

    private IndustryTable(IReadOnlyList<Industry> rows)
    {
        byCode = rows.ToFrozenDictionary(i => i.Code, StringComparer.Ordinal);
        children = rows
            .Where(i => i.ParentCode is not null)
            .GroupBy(i => i.ParentCode!, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderBy(i => i.Code, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        All = rows;
    }

    /// <summary>The table shipped with the platform.</summary>
    public static IndustryTable Default => LazyDefault.Value;

    /// <summary>数据来源.</summary>
    public static string Source => "GB/T 4754-2017 国民经济行业分类（gbt4754-2017.csv，五份公开版本核对）";

    /// <summary>Number of entries at all levels.</summary>
    public int Count => All.Count;

    /// <summary>Every entry in file order.</summary>
    public IReadOnlyList<Industry> All { get; }

    /// <summary>Finds a code (section letters are matched case-insensitively); null when absent.</summary>
    public Industry? Find(string? code) =>
        code is not null && byCode.TryGetValue(code.Trim().ToUpperInvariant(), out var i) ? i : null;

    /// <summary>Direct children ordered by code; empty for a class or an unknown code.</summary>
    public IReadOnlyList<Industry> ChildrenOf(string? code) =>
        code is not null && children.TryGetValue(code.Trim().ToUpperInvariant(), out var list) ? list : [];

    /// <summary>Parent chain from the parent up to the section (nearest first).</summary>
    public IEnumerable<Industry> Ancestors(string? code)
    {
        var current = Find(code);
        while (current?.ParentCode is { } parent && byCode.TryGetValue(parent, out var up))
        {
            yield return up;
            current = up;
        }
    }

    /// <summary>层级中文名：section→门类，division→大类，group→中类，class→小类。</summary>
    public static string LevelNameOf(string level) => level switch
    {
        Section => "门类",
        Division => "大类",
        Group => "中类",
        Class => "小类",
        _ => level,
    };

    /// <summary>Whether <paramref name="code"/> has the shape of a GB/T 4754 code (A–T, or 2–4 digits).</summary>
    public static bool IsWellFormed(string? code)
    {
        if (code is null)
        {
            return false;
        }

        var c = code.Trim().ToUpperInvariant();
        return (c.Length == 1 && c[0] is >= 'A' and <= 'T')
            || (c.Length is >= 2 and <= 4 && c.All(char.IsAsciiDigit));
    }

    private static IndustryTable LoadDefault()
    {
        using var reader = new StreamReader(EmbeddedData.Open(FileName));
        return Parse(reader.ReadToEnd());
    }

    internal static IndustryTable Parse(string csv)
    {
        var rows = new List<Industry>();
        var lines = csv.Split('\n');
        for (var n = 1; n < lines.Length; n++)
        {
            var line = lines[n].TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            var f = line.Split(',');
            if (f.Length != 4)
            {
                throw new FormatException($"{FileName} 第{n + 1}行应有4列（code,name,level,parent），实际为{f.Length}列");
            }

            rows.Add(new Industry(f[0].Trim(), f[1].Trim(), f[2].Trim(), f[3].Trim() is { Length: > 0 } p ? p : null));
        }

        return new IndustryTable(rows);
    }
}
