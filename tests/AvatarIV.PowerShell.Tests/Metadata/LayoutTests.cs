using AvatarIV.PowerShell.Tests.Metadata.Reading;

namespace AvatarIV.PowerShell.Tests.Metadata;

/// <summary>`dotnet build` alone lays out an importable module folder with its dependencies kept apart.</summary>
public sealed class LayoutTests
{
    private static BuiltModule Module => BuiltModule.Instance;

    [Theory]
    [InlineData("AvatarIV.Core.dll")]
    [InlineData("RestSharp.dll")]
    [InlineData("Polly.Core.dll")]
    [InlineData("System.Text.Json.dll")]
    public void Dependencies_live_in_the_Dependencies_folder_not_beside_the_module(string file)
    {
        File.Exists(Path.Combine(Module.DependenciesDirectory, file)).ShouldBeTrue();
        File.Exists(Path.Combine(Module.Directory, file)).ShouldBeFalse();
    }

    [Fact]
    public void The_module_root_holds_only_the_cmdlet_assembly_so_PowerShell_never_loads_a_dependency_itself()
    {
        Directory.GetFiles(Module.Directory, "*.dll").Select(Path.GetFileName).ShouldBe(["AvatarIV.PowerShell.dll"]);
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
        File.Exists(Module.HelpPath).ShouldBeTrue();
        File.Exists(Path.Combine(Module.Directory, "AvatarIV.Format.ps1xml")).ShouldBeTrue();
    }
}
