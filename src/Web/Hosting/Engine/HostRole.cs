namespace Platform.Web.Hosting.Engine;

/// <summary>What a process hosts (<c>--role</c>): the web app and the engine (all), only the web app, or only the engine.</summary>
public enum HostRole
{
    All,
    Web,
    Worker,
}

public static class HostRoles
{
    /// <summary>The role from configuration (<c>--role worker</c> on the command line, or <c>role</c> in settings); all by default.</summary>
    public static HostRole Read(IConfiguration configuration)
    {
        var text = configuration["role"];
        if (string.IsNullOrWhiteSpace(text))
            return HostRole.All;
        return Enum.TryParse<HostRole>(text.Trim(), ignoreCase: true, out var role) && Enum.IsDefined(role)
            ? role
            : throw new InvalidOperationException($"--role is '{text}'; expected all, web or worker.");
    }

    public static bool RunsEngine(this HostRole role) => role != HostRole.Web;
}
