using Zhijian.Inspections.Domain.Draw;

namespace Zhijian.Inspections.Contracts;

/// <summary>
/// The verifiable draw of 双随机 for other modules' random picks (a retest lab from the official list, producers in a
/// spot check): the same commitment, seed and Fisher–Yates stream as <c>zhijian-draw-v2</c> (docs/draw-verification.md),
/// so anyone can re-run a published pick. The ceremony: freeze the sorted candidate list and publish
/// <see cref="CandidateHash"/> with <see cref="Commitment"/> of a <see cref="NewSecret"/>; later publish the secret and
/// the public value; the pick is <see cref="Pick"/>(<see cref="Seed"/>(secret, publicValue), label, candidates, k).
/// </summary>
public static class VerifiableDraw
{
    /// <summary>The algorithm name to store beside a pick.</summary>
    public const string Algorithm = DrawAlgorithm.V2;

    /// <summary>32 random bytes (kept secret until the pick).</summary>
    public static byte[] NewSecret() => DrawAlgorithm.NewSecret();

    /// <summary>SHA-256 of the secret, lowercase hex: published at the freeze.</summary>
    public static string Commitment(byte[] secret) => DrawAlgorithm.Commitment(secret);

    /// <summary>Lowercase hex.</summary>
    public static string Hex(ReadOnlySpan<byte> bytes) => DrawAlgorithm.Hex(bytes);

    /// <summary>SHA-256(secret ‖ UTF-8(public value)).</summary>
    public static byte[] Seed(byte[] secret, string publicValue) => DrawAlgorithm.Seed(secret, publicValue);

    /// <summary>SHA-256 of "id,label\n" per candidate in the given order (sort them ordinally first).</summary>
    public static string CandidateHash(IEnumerable<(string Id, string Label)> candidates) =>
        DrawAlgorithm.CandidateHash(candidates.Select(c => new Candidate(c.Id, c.Label)));

    /// <summary>
    /// The first <paramref name="k"/> of a partial Fisher–Yates shuffle of <paramref name="candidates"/> (ordinally sorted
    /// ids) driven by the stream of (<paramref name="seed"/>, <paramref name="label"/>).
    /// </summary>
    public static IReadOnlyList<string> Pick(byte[] seed, string label, IReadOnlyList<string> candidates, int k)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, candidates.Count);
        return DrawAlgorithm.PartialShuffle([.. candidates], k, new DrawStream(seed, label));
    }
}
