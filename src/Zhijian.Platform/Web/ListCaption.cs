using System.Globalization;

namespace Zhijian.Platform.Web;

/// <summary>The count line above a list that shows at most a page of its records.</summary>
public static class ListCaption
{
    /// <summary>
    /// "共 80 户" when every record is shown; "共 1,234 户，显示前 100 户" only when the list shows fewer than there are
    /// (<paramref name="which"/> = "前" or "最近").
    /// </summary>
    public static string Count(long total, int shown, string unit, string which = "前")
    {
        var all = $"共 {total.ToString("#,0", CultureInfo.InvariantCulture)} {unit}";
        return total > shown ? $"{all}，显示{which} {shown.ToString("#,0", CultureInfo.InvariantCulture)} {unit}" : all;
    }
}
