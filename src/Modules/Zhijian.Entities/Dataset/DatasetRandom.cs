namespace Zhijian.Entities.Dataset;

/// <summary>
/// SplitMix64 pseudo-random generator: fixed algorithm, so the dataset is identical across .NET versions and
/// processes (unlike <see cref="Random"/> without a seed contract, or randomized string hashing).
/// </summary>
internal sealed class DatasetRandom(ulong seed)
{
    private ulong state = seed;

    public ulong NextULong()
    {
        state += 0x9E3779B97F4A7C15UL;
        return Mix(state);
    }

    /// <summary>Uniform integer in [0, n).</summary>
    public int Next(int n) => n <= 1 ? 0 : (int)((NextULong() >> 33) * (ulong)n >> 31);

    /// <summary>Uniform integer in [min, max] (inclusive).</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    /// <summary>Uniform double in [0, 1).</summary>
    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double p) => NextDouble() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>Standard normal deviate (Box–Muller).</summary>
    public double Normal()
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>SplitMix64 finaliser: a bijective 64-bit mix.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>FNV-1a 64-bit hash of the UTF-16 code units: stable across processes.</summary>
    public static ulong Fnv1a(string text)
    {
        var h = 0xCBF29CE484222325UL;
        foreach (var c in text)
        {
            h = (h ^ (byte)c) * 0x100000001B3UL;
            h = (h ^ (byte)(c >> 8)) * 0x100000001B3UL;
        }

        return h;
    }

    /// <summary>A generator for one entity: derived from the run seed, a purpose salt and the USCC.</summary>
    public static DatasetRandom For(int seed, string uscc, ulong salt) =>
        new(Mix(((ulong)(uint)seed << 32) ^ Fnv1a(uscc) ^ salt));
}
