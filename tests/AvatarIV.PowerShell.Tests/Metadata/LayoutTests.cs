using AvatarIV.PowerShell.Tests.Metadata.Reading;

namespace AvatarIV.PowerShell.Tests.Metadata;

/// <summary>
/// `dotnet build` alone lays out an importable module folder: a script root module that picks the build for the
/// running PowerShell, and two builds (core/ for PowerShell 7.4+, desktop/ for Windows PowerShell 5.1), each with its
/// dependencies kept apart.
/// </summary>
public sealed class LayoutTests
{
    private static BuiltModule Module => BuiltModule.Instance;

    public static TheoryData<string> Editions => ["core", "desktop"];

    [Theory]
    [InlineData("core", "AvatarIV.Core.dll")]
    [InlineData("core", "RestSharp.dll")]
    [InlineData("core", "Polly.Core.dll")]
    [InlineData("core", "AvatarIV.Mock.Client.dll")]
    [InlineData("desktop", "AvatarIV.Mock.Client.dll")]
    [InlineData("desktop", "AvatarIV.Core.dll")]
    [InlineData("desktop", "RestSharp.dll")]
    [InlineData("desktop", "Polly.Core.dll")]
    [InlineData("desktop", "System.Text.Json.dll")]
    public void Dependencies_live_in_the_Dependencies_folder_not_beside_the_module(string edition, string file)
    {
        File.Exists(Path.Combine(Module.DependenciesOf(edition), file)).ShouldBeTrue();
        File.Exists(Path.Combine(Module.EditionDirectory(edition), file)).ShouldBeFalse();
        File.Exists(Path.Combine(Module.Directory, file)).ShouldBeFalse();
    }

    [Fact]
    public void The_module_root_holds_no_assembly_and_each_build_only_the_cmdlet_assembly()
    {
        Directory.GetFiles(Module.Directory, "*.dll").ShouldBeEmpty();
        foreach (var edition in Editions)
        {
            Directory.GetFiles(Module.EditionDirectory(edition), "*.dll").Select(Path.GetFileName).ShouldBe(["AvatarIV.PowerShell.dll"]);
        }
    }

    [Fact]
    public void The_PowerShell_7_build_ships_no_polyfill_of_types_the_runtime_defines()
    {
        // The netstandard2.0 Microsoft.Bcl.AsyncInterfaces defines its own IAsyncEnumerable<T>; shipped to PowerShell 7
        // it gave Core and the cmdlets two different types, and Wait-AvatarIVVideo a MissingMethodException.
        var shipped = Directory.GetFiles(Module.DependenciesOf("core"), "*.dll", SearchOption.AllDirectories).Select(Path.GetFileNameWithoutExtension);
        shipped.ShouldNotContain("Microsoft.Bcl.AsyncInterfaces");
        shipped.ShouldNotContain("System.Threading.Tasks.Extensions");
        shipped.ShouldNotContain("System.Memory");
    }

    [Fact]
    public void System_Management_Automation_is_left_to_the_host()
    {
        Directory.GetFiles(Module.Directory, "System.Management.Automation.dll", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    [Fact]
    public void Every_assembly_the_module_references_ships_in_Dependencies_or_comes_with_the_host()
    {
        var shipped = Directory.GetFiles(Module.DependenciesDirectory, "*.dll").Select(Path.GetFileNameWithoutExtension).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var hostProvided = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "netstandard", "System.Management.Automation", "mscorlib" };
        Module.Assembly.GetReferencedAssemblies().Select(a => a.Name!)
            .Where(name => !hostProvided.Contains(name))
            .ShouldAllBe(name => shipped.Contains(name));
    }

    [Fact]
    public void Help_and_formats_are_where_PowerShell_looks_for_them()
    {
        foreach (var edition in Editions)
        {
            File.Exists(Module.HelpPathOf(edition)).ShouldBeTrue();
        }

        File.Exists(Path.Combine(Module.Directory, "AvatarIV.Format.ps1xml")).ShouldBeTrue();
        File.Exists(Path.Combine(Module.Directory, "AvatarIV.psm1")).ShouldBeTrue();
    }
}
