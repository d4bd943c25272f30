namespace Zhijian.Drugs.Pages.Registers;

/// <summary>济南's counties for the registers' filters and rows.</summary>
internal static class Counties
{
    public static readonly (string Code, string Name)[] All =
    [
        ("370102", "历下区"), ("370103", "市中区"), ("370104", "槐荫区"), ("370105", "天桥区"), ("370112", "历城区"), ("370113", "长清区"),
        ("370114", "章丘区"), ("370115", "济阳区"), ("370116", "莱芜区"), ("370117", "钢城区"), ("370124", "平阴县"), ("370126", "商河县"),
    ];

    public static string Name(string code)
    {
        var six = code.Length >= 6 ? code[..6] : code;
        foreach (var (c, n) in All)
        {
            if (c == six) return n;
        }

        return "其他区县";
    }
}
