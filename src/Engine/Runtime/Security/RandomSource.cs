using System.Security.Cryptography;

namespace Platform.Engine.Runtime.Security;

/// <summary>
/// Randomness for ids, keys and passwords. It comes from the run's <see cref="Random"/> so a seeded test run is
/// reproducible; a run on the shared generator (production) gets cryptographic randomness instead.
/// </summary>
public static class RandomSource
{
    public static byte[] Bytes(Random random, int count)
    {
        var bytes = new byte[count];
        if (ReferenceEquals(random, Random.Shared))
            RandomNumberGenerator.Fill(bytes);
        else
            random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>A whole number from min to max, both included (uniform: rejection sampling over 64 random bits).</summary>
    public static long Number(Random random, long min, long max)
    {
        var span = unchecked((ulong)(max - min) + 1);
        return unchecked(min + (long)(span == 0 ? Next64(random) : Under(random, span)));
    }

    /// <summary>A version 4 UUID in lower-case text.</summary>
    public static string Uuid(Random random)
    {
        var bytes = Bytes(random, 16);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(bytes);
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }

    /// <summary>A positive 64-bit id that grows with time: epoch milliseconds in the high bits, 20 random bits below.</summary>
    public static long Uid(Random random, DateTimeOffset now) =>
        (Math.Max(0, now.ToUnixTimeMilliseconds()) << 20) | (long)(BitConverter.ToUInt32(Bytes(random, 4)) & 0xFFFFF);

    private static ulong Next64(Random random) => BitConverter.ToUInt64(Bytes(random, 8));

    private static ulong Under(Random random, ulong bound)
    {
        var limit = ulong.MaxValue - ulong.MaxValue % bound;
        ulong value;
        do
            value = Next64(random);
        while (value >= limit);
        return value % bound;
    }
}
