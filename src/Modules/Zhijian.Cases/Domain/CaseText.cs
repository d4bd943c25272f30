namespace Zhijian.Cases.Domain;

internal static class CaseText
{
    public static string Truncate(this string s, int max) => s.Length <= max ? s : s[..max];
}
