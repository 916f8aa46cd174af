using Platform.Engine.Runtime.Security;
using Platform.Engine.Runtime.Time;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Tests.Runtime.Security;

/// <summary>The building blocks under the security filters and statements, against published vectors where there are some.</summary>
public sealed class SecurityPrimitiveTests
{
    [Theory]
    [InlineData("000102030405060708090A0B0C0D0E0F", "00112233445566778899AABBCCDDEEFF", "1FA68B0A8112B447AEF34BD8FB5A7B829D3E862371D2CFE5")]
    [InlineData("000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F", "00112233445566778899AABBCCDDEEFF000102030405060708090A0B0C0D0E0F",
        "28C9F404C4B810F4CBCCB35CFB87F8263F5786E2D80ED326CBC7F0E71A99F43BFB988B9B7A02DD21")]
    public void AesKeyWrap_Rfc3394Vectors_WrapAndUnwrap(string kek, string key, string wrapped)
    {
        Assert.Equal(wrapped, Convert.ToHexString(AesKeyWrap.Wrap(Convert.FromHexString(kek), Convert.FromHexString(key))));
        Assert.Equal(key, Convert.ToHexString(AesKeyWrap.Unwrap(Convert.FromHexString(kek), Convert.FromHexString(wrapped))!));
    }

    [Fact]
    public void AesKeyWrap_WrongKey_GivesNull()
    {
        var wrapped = AesKeyWrap.Wrap(new byte[16], new byte[32]);
        Assert.Null(AesKeyWrap.Unwrap(Enumerable.Repeat((byte)1, 16).ToArray(), wrapped));
    }

    [Fact]
    public void Passwords_Hash_IsPhpStyleBcryptThatVerifies()
    {
        var hash = Passwords.Hash("correct horse");
        Assert.StartsWith("$2y$10$", hash, StringComparison.Ordinal);
        Assert.True(Passwords.Verify("correct horse", hash));
        Assert.False(Passwords.Verify("correct horse!", hash));
        Assert.False(Passwords.Verify("x", "$2y$10$tooshort"));
    }

    [Fact]
    public void SecureIds_RoundTripAndSaltMatters()
    {
        foreach (var id in new[] { 0L, 1, -1, long.MaxValue, long.MinValue })
        {
            var text = SecureIds.Encode(id, "salt");
            Assert.Equal(16, text.Length);
            Assert.True(SecureIds.TryDecode(text, "salt", out var back));
            Assert.Equal(id, back);
            Assert.False(SecureIds.TryDecode(text, "pepper", out _));
        }
    }

    [Fact]
    public void RandomSource_SeededRuns_Repeat()
    {
        Assert.Equal(RandomSource.Uuid(new Random(7)), RandomSource.Uuid(new Random(7)));
        Assert.NotEqual(RandomSource.Uuid(Random.Shared), RandomSource.Uuid(Random.Shared));
        Assert.Equal(5, RandomSource.Number(new Random(1), 5, 5));
        Assert.InRange(RandomSource.Number(Random.Shared, long.MaxValue - 1, long.MaxValue), long.MaxValue - 1, long.MaxValue);
        Assert.InRange(RandomSource.Number(new Random(3), long.MaxValue - 1, long.MaxValue), long.MaxValue - 1, long.MaxValue);
    }

    [Theory]
    [InlineData(new byte[] { 0x68, 0x69 }, "hi")]
    [InlineData(new byte[] { 0xC3, 0xA9 }, "é")]
    [InlineData(new byte[] { 0xF0, 0x9F, 0x98, 0x80 }, "😀")]
    public void ByteText_InvalidUtf8_SurvivesTheRoundTrip(byte[] bytes, string text)
    {
        Assert.Equal(text, ByteText.FromBytes(bytes));
        Assert.Equal(bytes, ByteText.GetBytes(text));
    }

    // Lone surrogates cannot live in attribute data (metadata stores UTF-8), so this case builds its text in code.
    [Fact]
    public void ByteText_BytesThatAreNotUtf8_BecomeEscapes()
    {
        byte[] bytes = [0xFF, 0x00, 0x41, 0xC3];
        var text = new string(['\uDCFF', '\0', 'A', '\uDCC3']);
        Assert.Equal(text, ByteText.FromBytes(bytes));
        Assert.Equal(bytes, ByteText.GetBytes(text));
        Assert.True(ByteText.HasEscapes(text));
        Assert.False(ByteText.HasEscapes("é😀"));
    }

    [Theory]
    [InlineData("UTC", "UTC")]
    [InlineData("europe/paris", "Europe/Paris")]
    [InlineData("+02:00", "+02:00")]
    [InlineData("-0530", "-05:30")]
    [InlineData("GMT+3", "+03:00")]
    [InlineData("EST", "EST")]
    public void TimeZones_Names_Resolve(string name, string identifier)
    {
        Assert.True(TimeZones.TryFind(name, out var zone));
        Assert.Equal(identifier, TimeZones.Identifier(zone));
    }

    [Theory]
    [InlineData("Mars/Base")]
    [InlineData("+15:00")]
    [InlineData("nowhere")]
    public void TimeZones_UnknownNames_AreRejected(string name) => Assert.False(TimeZones.TryFind(name, out _));
}
