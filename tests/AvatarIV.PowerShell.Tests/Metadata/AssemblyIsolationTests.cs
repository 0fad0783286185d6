using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using AvatarIV.PowerShell.Tests.Metadata.Reading;

namespace AvatarIV.PowerShell.Tests.Metadata;

/// <summary>
/// The boundary the dependency loader relies on (as msgraph's AssemblyIsolationTests guard theirs): the cmdlet
/// assembly, which PowerShell loads into the default context, references no isolated dependency except AvatarIV.Core
/// and the mock's admin client (AvatarIV.Mock.Client), whose own dependencies bind inside the private context.
/// Were it to reference RestSharp, Polly or System.Text.Json directly, the default context would have to resolve
/// them, and another module's copies could replace ours.
/// </summary>
public sealed class AssemblyIsolationTests
{
    private static BuiltModule Module => BuiltModule.Instance;

    [Theory]
    [InlineData("core", new string[0])]
    // Windows PowerShell 5.1 has one AppDomain and no load contexts: the netstandard2.0 polyfills of framework types
    // (IAsyncEnumerable, ValueTask) are loaded once there and shared by both sides.
    [InlineData("desktop", new[] { "Microsoft.Bcl.AsyncInterfaces", "System.Threading.Tasks.Extensions" })]
    public void The_cmdlet_assembly_references_only_the_host_the_framework_and_AvatarIV_Core(string edition, string[] polyfills)
    {
        var isolated = Directory.GetFiles(Module.DependenciesOf(edition), "*.dll").Select(Path.GetFileNameWithoutExtension).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var references = ReferencesOf(Path.Combine(Module.EditionDirectory(edition), "AvatarIV.PowerShell.dll"));

        references.ShouldContain("AvatarIV.Core");
        references.Where(isolated.Contains).Except(polyfills).ShouldBe(["AvatarIV.Core", "AvatarIV.Mock.Client"], ignoreOrder: true, "only Core and the admin client cross from the default context into the private one");
    }

    [Fact]
    public void Core_never_references_PowerShell()
    {
        foreach (var edition in new[] { "core", "desktop" })
        {
            ReferencesOf(Path.Combine(Module.DependenciesOf(edition), "AvatarIV.Core.dll")).ShouldNotContain("System.Management.Automation");
        }
    }

    private static List<string> ReferencesOf(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences.Select(handle => metadata.GetString(metadata.GetAssemblyReference(handle).Name)).ToList();
    }
}
