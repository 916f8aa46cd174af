using Platform.Web.Navigation;

namespace Platform.Web.Tests.Navigation;

public sealed class AppUrlsTests
{
    [Theory]
    [InlineData("/w/3/tasks/7?q=x", 3, "tasks")]
    [InlineData("/w/12/settings", 12, "settings")]
    [InlineData("/w/5", 5, null)]
    [InlineData("/workspaces", null, null)]
    [InlineData("/w/abc/tasks", null, "tasks")]
    [InlineData("/engine", null, null)]
    public void WorkspaceIdOfAndSectionOf_ReadThePath(string path, int? workspaceId, string? section)
    {
        Assert.Equal(workspaceId, AppUrls.WorkspaceIdOf(path));
        Assert.Equal(section, AppUrls.SectionOf(path));
    }
}
