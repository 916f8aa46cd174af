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

    /// <summary>A whole number from min to max, both included.</summary>
    public static long Number(Random random, long min, long max)
    {
        if (ReferenceEquals(random, Random.Shared))
            return max == long.MaxValue && min == long.MinValue ? BitConverter.ToInt64(Bytes(random, 8)) : min + (long)RandomUnder((ulong)(max - min) + 1);
        return max == long.MaxValue ? random.NextInt64(min - 1, max) + 1 : random.NextInt64(min, max + 1);
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

    private static ulong RandomUnder(ulong bound)
    {
        if (bound == 0)
            return BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(8));
        var limit = ulong.MaxValue - ulong.MaxValue % bound;
        ulong value;
        do
            value = BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(8));
        while (value >= limit);
        return value % bound;
    }
}
