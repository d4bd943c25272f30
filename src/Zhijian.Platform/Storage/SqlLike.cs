namespace Zhijian.Platform.Storage;

/// <summary>SQL <c>LIKE</c> patterns from user or code text, escaped with <c>\</c> (PostgreSQL's default; pass it to SQLite as ESCAPE).</summary>
public static class SqlLike
{
    /// <summary><paramref name="s"/> with <c>\</c>, <c>%</c> and <c>_</c> escaped, so that it matches only itself.</summary>
    public static string Escape(string s) =>
        s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
