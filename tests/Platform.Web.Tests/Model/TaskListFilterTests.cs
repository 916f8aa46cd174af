using Platform.Data.Tasks;
using Platform.Web.Model;

namespace Platform.Web.Tests.Model;

public sealed class TaskListFilterTests
{
    private static readonly TaskListItem[] Tasks =
    [
        new(1, "Sync Stripe", true, ["billing"], DateTime.UnixEpoch),
        new(2, "purge_logs", false, [], DateTime.UnixEpoch),
    ];

    [Fact]
    public void Apply_NoSearch_ReturnsTheSameList()
    {
        Assert.Same(Tasks, TaskListFilter.Apply(Tasks, null));
    }

    [Fact]
    public void Apply_EveryWordMustMatch()
    {
        Assert.Equal([1], TaskListFilter.Apply(Tasks, "stripe BILL").Select(t => t.Id));
        Assert.Empty(TaskListFilter.Apply(Tasks, "stripe logs"));
    }
}
