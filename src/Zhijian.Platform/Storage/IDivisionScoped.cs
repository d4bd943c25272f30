namespace Zhijian.Platform.Storage;

/// <summary>
/// A supervised record carrying the GB/T 2260 division code of its 属地. Every module context applies the
/// jurisdiction query filter to such entities, so a user only ever sees records inside the unit's subtree.
/// </summary>
public interface IDivisionScoped
{
    /// <summary>行政区划代码 (6 digits, 9 for a township) of the record's 属地.</summary>
    string DivisionCode { get; }
}
