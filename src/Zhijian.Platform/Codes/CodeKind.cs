namespace Zhijian.Platform.Codes;

/// <summary>The code tables a <c>CodePicker</c> offers.</summary>
public enum CodeKind
{
    /// <summary>GB/T 2260 行政区划 (city, county and town levels).</summary>
    Division,

    /// <summary>GB/T 4754-2017 国民经济行业分类.</summary>
    Industry,
}
