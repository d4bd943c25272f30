namespace Zhijian.ProductQuality.Domain.Licences;

/// <summary>A valid 工业产品生产许可证 as other areas see it.</summary>
internal sealed record ProductLicenceRef(long Id, string Number, string HolderUscc, string HolderName, string ProductName, DateOnly ValidTo, string Status);

/// <summary>The licences of a producer (后处理 names them in a revocation clue; 抽查 shows them on a sample).</summary>
internal interface IProductLicences
{
    /// <summary>The producer's licences that are valid on <paramref name="on"/> (any order).</summary>
    Task<IReadOnlyList<ProductLicenceRef>> ValidForAsync(string uscc, DateOnly on, CancellationToken ct);
}
