namespace Zhijian.Platform.Web;

/// <summary>The years a statistics or report query may name; outside them a query is refused, not computed.</summary>
public static class Years
{
    public const int First = 2000;
    public const int Last = 2099;
    public const string Message = "年份应在 2000 至 2099 之间";
}
