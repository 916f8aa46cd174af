using Microsoft.AspNetCore.DataProtection;
using Platform.Data.Secrets;

namespace Platform.Tests.Shared;

/// <summary>The product's protector over real ASP.NET Data Protection, with keys held in memory for the life of the instance.</summary>
public static class TestSecrets
{
    public static ISecretProtector Create() => new DataProtectionSecretProtector(new EphemeralDataProtectionProvider());
}
