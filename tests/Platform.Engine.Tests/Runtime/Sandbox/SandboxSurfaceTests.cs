using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Platform.Engine.Runtime.Execution;

namespace Platform.Engine.Tests.Runtime.Sandbox;

/// <summary>
/// Scripts reach nothing of the host: the engine assembly does not even refer to the file system, processes,
/// reflection-based loading or environment access, so no statement or filter can hand them to a script.
/// The network is reached only through the HTTP and mail ports, whose gateway enforces the address policy (tested with them).
/// </summary>
public sealed class SandboxSurfaceTests
{
    private static readonly HashSet<string> ForbiddenTypes = new(StringComparer.Ordinal)
    {
        "System.IO.File", "System.IO.FileInfo", "System.IO.FileStream", "System.IO.Directory", "System.IO.DirectoryInfo",
        "System.IO.Path", "System.IO.DriveInfo", "System.Diagnostics.Process", "System.Diagnostics.ProcessStartInfo",
        "System.Activator", "System.AppDomain", "System.Reflection.Assembly", "System.Runtime.Loader.AssemblyLoadContext",
        "System.Environment",
        "System.Runtime.InteropServices.Marshal", "System.Runtime.InteropServices.NativeLibrary",
    };

    [Fact]
    public void EngineAssembly_RefersToNoHostAccessType()
    {
        using var stream = File.OpenRead(typeof(ScriptRunner).Assembly.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();

        var referenced = metadata.TypeReferences
            .Select(handle => metadata.GetTypeReference(handle))
            .Select(type => $"{metadata.GetString(type.Namespace)}.{metadata.GetString(type.Name)}")
            .ToHashSet(StringComparer.Ordinal);

        Assert.Empty(referenced.Intersect(ForbiddenTypes).Order(StringComparer.Ordinal));
        Assert.Contains("System.Collections.Generic.Dictionary`2", referenced); // the scan does see the engine's references
    }
}
