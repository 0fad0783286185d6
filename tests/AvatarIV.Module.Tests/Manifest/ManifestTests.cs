using System.Collections;
using System.Management.Automation;
using AvatarIV.Module.Tests.Infrastructure;

namespace AvatarIV.Module.Tests.Manifest;

/// <summary>The built AvatarIV.psd1, read by PowerShell itself (Test-ModuleManifest, Import-PowerShellDataFile).</summary>
public sealed class ManifestTests : IDisposable
{
    private static readonly string[] SpecCmdlets =
    [
        "Connect-AvatarIV", "Send-AvatarPhoto", "New-AvatarIVVideo", "Wait-AvatarIVVideo", "Get-AvatarIVVideo",
        "Save-AvatarIVVideo", "Remove-AvatarIVVideo", "Get-AvatarIVVoice", "Get-AvatarIVLook", "Get-AvatarIVCredit", "Split-AvatarIVScript",
        "Start-AvatarIVMock", "Stop-AvatarIVMock", "Set-AvatarIVMockBalance", "Set-AvatarIVMockProgression", "Add-AvatarIVMockFault",
        "Get-AvatarIVMockFault", "Remove-AvatarIVMockFault", "Get-AvatarIVMockJournal",
    ];

    private readonly ModuleRunspace _session = ModuleRunspace.Open(import: false);

    [Fact]
    public void Passes_Test_ModuleManifest_with_the_version_from_Directory_Build_props()
    {
        var module = _session.Run("Test-ModuleManifest -Path $args[0] -ErrorAction Stop", TestPaths.ModuleManifest).ShouldSucceed().Output.Single();
        var version = (Version)module.Properties["Version"].Value;
        var props = System.Xml.Linq.XDocument.Load(Path.Combine(TestPaths.RepositoryRoot, "Directory.Build.props"));
        version.ToString().ShouldBe(props.Descendants("AvatarIVVersion").Single().Value);
        Path.GetFileName(TestPaths.ModuleDirectory.TrimEnd('/', '\\')).ShouldBe(version.ToString());
    }

    [Fact]
    public void Exports_exactly_the_cmdlets_of_the_spec_and_nothing_else()
    {
        using var imported = ModuleRunspace.Open();
        var commands = imported.Run("Get-Command -Module AvatarIV | ForEach-Object { '{0} {1}' -f $_.CommandType, $_.Name }").ShouldSucceed();
        commands.Output.Select(o => o.ToString()).ShouldBe(SpecCmdlets.Select(c => "Cmdlet " + c), ignoreOrder: true);

        var manifest = Data();
        ((object[])manifest["CmdletsToExport"]!).Cast<string>().ShouldBe(SpecCmdlets, ignoreOrder: true);
        foreach (var key in new[] { "FunctionsToExport", "AliasesToExport", "VariablesToExport" })
        {
            ((object[])manifest[key]!).ShouldBeEmpty($"{key}: explicit empty lists keep command discovery fast");
        }
    }

    [Fact]
    public void Runs_on_PowerShell_7_and_Windows_PowerShell_5_1()
    {
        var manifest = Data();
        ((object[])manifest["CompatiblePSEditions"]!).Cast<string>().ShouldBe(["Core", "Desktop"], ignoreOrder: true);
        manifest["PowerShellVersion"].ShouldBe("5.1");
        manifest["DotNetFrameworkVersion"].ShouldBe("4.7.2");
        manifest["RootModule"].ShouldBe("AvatarIV.psm1");
    }

    [Fact]
    public void Carries_gallery_metadata_whose_license_is_a_file_of_this_repository()
    {
        var manifest = Data();
        var psData = (Hashtable)((Hashtable)manifest["PrivateData"]!)["PSData"]!;
        var tags = ((object[])psData["Tags"]!).Cast<string>().ToList();
        tags.ShouldContain("PSEdition_Core");
        tags.ShouldContain("PSEdition_Desktop");
        tags.ShouldAllBe(t => !t.Contains(' '));
        psData["ReleaseNotes"].ShouldNotBeNull();

        var license = new Uri((string)psData["LicenseUri"]!);
        var project = new Uri((string)psData["ProjectUri"]!);
        license.AbsoluteUri.ShouldStartWith(project.AbsoluteUri.TrimEnd('/') + "/blob/main/");
        var file = license.AbsolutePath[(license.AbsolutePath.IndexOf("/blob/main/", StringComparison.Ordinal) + "/blob/main/".Length)..];
        File.Exists(Path.Combine(TestPaths.RepositoryRoot, file)).ShouldBeTrue($"{file} is where LicenseUri points");
        File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, file)).ShouldStartWith("MIT License");
    }

    [Fact]
    public void Is_ascii_so_Windows_PowerShell_reads_it_the_same()
    {
        File.ReadAllBytes(TestPaths.ModuleManifest).ShouldAllBe(b => b < 0x80);
        File.ReadAllBytes(Path.Combine(TestPaths.ModuleDirectory, "AvatarIV.psm1")).ShouldAllBe(b => b < 0x80);
    }

    [Fact]
    public void Every_cmdlet_uses_an_approved_verb()
    {
        var unapproved = _session.Run(
            """
            Import-Module -Name $args[0]
            $verbs = (Get-Verb).Verb
            Get-Command -Module AvatarIV | Where-Object { $verbs -notcontains $_.Verb } | ForEach-Object Name
            """,
            TestPaths.ModuleManifest).ShouldSucceed().Output;

        unapproved.ShouldBeEmpty();
    }

    private Hashtable Data() =>
        (Hashtable)_session.Run("Import-PowerShellDataFile -LiteralPath $args[0]", TestPaths.ModuleManifest).ShouldSucceed().Output.Single().BaseObject;

    public void Dispose() => _session.Dispose();
}
