using AvatarIV.PowerShell.Tests.Metadata.Reading;

namespace AvatarIV.PowerShell.Tests.Metadata;

/// <summary>The built AvatarIV.psd1 says what Import-Module, Test-ModuleManifest and the PowerShell Gallery need.</summary>
public sealed class ManifestTests
{
    private static BuiltModule Module => BuiltModule.Instance;

    [Fact]
    public void Exports_exactly_the_cmdlets_the_assembly_defines()
    {
        Module.ManifestList("CmdletsToExport").OrderBy(n => n, StringComparer.Ordinal)
            .ShouldBe(Module.Cmdlets.Select(c => c.Name).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void Exports_the_ten_cmdlets_of_the_spec()
    {
        Module.ManifestList("CmdletsToExport").ShouldBe(
            [
                "Connect-AvatarIV", "Send-AvatarPhoto", "New-AvatarIVVideo", "Wait-AvatarIVVideo", "Get-AvatarIVVideo",
                "Save-AvatarIVVideo", "Remove-AvatarIVVideo", "Get-AvatarIVVoice", "Get-AvatarIVCredit", "Split-AvatarIVScript",
            ],
            ignoreOrder: true);
    }

    [Theory]
    [InlineData("FunctionsToExport")]
    [InlineData("AliasesToExport")]
    [InlineData("VariablesToExport")]
    public void Exports_nothing_else_so_that_command_discovery_stays_fast(string key) =>
        Module.ManifestList(key).ShouldBeEmpty();

    [Fact]
    public void Module_version_is_the_assembly_version_stamped_from_Directory_Build_props()
    {
        var moduleVersion = Version.Parse(Module.ManifestString("ModuleVersion"));
        var assemblyVersion = Module.Assembly.GetName().Version!;
        moduleVersion.ShouldBe(new Version(assemblyVersion.Major, assemblyVersion.Minor, assemblyVersion.Build));
        Path.GetFileName(Module.Directory.TrimEnd('/', '\\')).ShouldBe(moduleVersion.ToString());
    }

    [Fact]
    public void Runs_on_PowerShell_7_and_Windows_PowerShell_5_1()
    {
        Module.ManifestList("CompatiblePSEditions").ShouldBe(["Core", "Desktop"], ignoreOrder: true);
        Module.ManifestString("PowerShellVersion").ShouldBe("5.1");
        Module.ManifestString("DotNetFrameworkVersion").ShouldBe("4.7.2");
    }

    [Fact]
    public void Root_module_and_format_files_exist_in_the_module_folder()
    {
        File.Exists(Path.Combine(Module.Directory, Module.ManifestString("RootModule"))).ShouldBeTrue();
        var formats = Module.ManifestList("FormatsToProcess");
        formats.ShouldNotBeEmpty();
        formats.ShouldAllBe(f => File.Exists(Path.Combine(Module.Directory, f)));
    }

    [Fact]
    public void Carries_the_gallery_metadata()
    {
        Guid.TryParse(Module.ManifestString("GUID"), out _).ShouldBeTrue();
        Module.ManifestString("Author").ShouldNotBeNullOrWhiteSpace();
        Module.ManifestString("Description").ShouldNotBeNullOrWhiteSpace();
        Module.ManifestList("Tags", Module.PSData).ShouldBe(
            ["HeyGen", "AvatarIV", "Avatar", "Video", "AI", "PSEdition_Core", "PSEdition_Desktop", "Windows", "Linux", "MacOS"],
            ignoreOrder: true);
        Module.ManifestList("Tags", Module.PSData).ShouldAllBe(t => !t.Contains(' '));
        Uri.IsWellFormedUriString(Module.ManifestString("ProjectUri", Module.PSData), UriKind.Absolute).ShouldBeTrue();
        Uri.IsWellFormedUriString(Module.ManifestString("LicenseUri", Module.PSData), UriKind.Absolute).ShouldBeTrue();
        Module.ManifestString("ReleaseNotes", Module.PSData).ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Manifest_is_ascii_so_Windows_PowerShell_reads_it_the_same()
    {
        File.ReadAllBytes(Module.ManifestPath).ShouldAllBe(b => b < 0x80);
    }
}
