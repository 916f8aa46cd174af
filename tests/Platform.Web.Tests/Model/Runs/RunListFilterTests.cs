using Platform.Web.Model.Runs;
using Platform.Web.Navigation;

namespace Platform.Web.Tests.Model.Runs;

public sealed class RunListFilterTests
{
    [Fact]
    public void RunsUrl_CarriesTaskAndState_LeavesOutWhatIsNotSet()
    {
        Assert.Equal("/w/3/runs", AppUrls.Runs(3));
        Assert.Equal("/w/3/runs", AppUrls.Runs(3, RunListFilter.None));
        Assert.Equal("/w/3/runs?task=7&state=timed_out", AppUrls.Runs(3, new RunListFilter("timed_out", 7)));
        Assert.Equal("/w/3/runs?state=failed", AppUrls.Runs(3, new RunListFilter("failed")));
    }

    [Fact]
    public void Parse_KeepsKnownStates_DropsUnknownOnes()
    {
        Assert.Equal(new RunListFilter("cancelled", 2), RunListFilter.Parse("cancelled", 2));
        Assert.Equal(new RunListFilter(null, 2), RunListFilter.Parse("exploded", 2));
    }

    [Fact]
    public void CanRunAgain_OnlyRunsThatEnded()
    {
        Assert.Equal(
            ["succeeded", "failed", "timed_out", "cancelled", "interrupted"],
            RunText.States.Where(RunText.CanRunAgain));
    }
}
