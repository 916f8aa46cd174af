using Platform.Cli.Input;
using Platform.Cli.Tests.Shared;

namespace Platform.Cli.Tests.Input;

public sealed class ScriptFilesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Expand_FolderAndFileInside_SortsAndListsEachFileOnce()
    {
        _folder.Write("tasks/b.xs", "");
        _folder.Write("tasks/a.xs", "");
        _folder.Write("tasks/sub/c.xs", "");

        var set = ScriptFiles.Expand(["tasks/sub/c.xs", "tasks", "./tasks/a.xs"], _folder.Root);

        Assert.Equal(["tasks/a.xs", "tasks/b.xs", "tasks/sub/c.xs"], set.Files.Select(f => f.DisplayPath));
        Assert.Equal(_folder.PathOf("tasks/sub/c.xs"), set.Files[2].FullPath);
        Assert.Empty(set.MissingPaths);
    }

    [Fact]
    public void Expand_Folder_SkipsOtherExtensionsAndHiddenEntries()
    {
        _folder.Write("w/task.xs", "");
        _folder.Write("w/README.md", "");
        _folder.Write("w/.hidden.xs", "");
        _folder.Write("w/.git/objects/x.xs", "");

        var set = ScriptFiles.Expand(["w"], _folder.Root);

        Assert.Equal(["w/task.xs"], set.Files.Select(f => f.DisplayPath));
    }

    [Fact]
    public void Expand_FileNamedExplicitly_IsTakenWhateverItsExtension()
    {
        _folder.Write("script.txt", "");

        var set = ScriptFiles.Expand(["script.txt"], _folder.Root);

        Assert.Equal(["script.txt"], set.Files.Select(f => f.DisplayPath));
    }

    [Fact]
    public void Expand_AbsolutePath_IsShownAsGiven()
    {
        var path = _folder.Write("a.xs", "");

        var set = ScriptFiles.Expand([path], "/somewhere/else");

        Assert.Equal([path.Replace('\\', '/')], set.Files.Select(f => f.DisplayPath));
    }

    [Fact]
    public void Expand_MissingPaths_AreListedInOrder()
    {
        var set = ScriptFiles.Expand(["nope", "", "gone/x.xs"], _folder.Root);

        Assert.Equal(["nope", "", "gone/x.xs"], set.MissingPaths);
        Assert.Empty(set.Files);
    }

    [Fact]
    public void Expand_LinkToAParentFolder_IsNotFollowed()
    {
        _folder.Write("w/a.xs", "");
        try
        {
            Directory.CreateSymbolicLink(_folder.PathOf("w/loop"), _folder.PathOf("w"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return; // The platform does not let this user create links; nothing to test.
        }

        var set = ScriptFiles.Expand(["w"], _folder.Root);

        Assert.Equal(["w/a.xs"], set.Files.Select(f => f.DisplayPath));
    }
}
