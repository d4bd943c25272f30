namespace Zhijian.Platform.Web;

/// <summary>Page arithmetic for list queries.</summary>
public static class Paging
{
    /// <summary>
    /// Rows to skip for the 1-based <paramref name="page"/> of <paramref name="size"/> rows: never negative, never
    /// overflowing (page 2147483647 skips everything instead of wrapping to a negative OFFSET, which PostgreSQL refuses).
    /// </summary>
    public static int Skip(int page, int size) => (int)Math.Min(int.MaxValue, (Math.Max(page, 1) - 1L) * Math.Max(size, 0));
}
