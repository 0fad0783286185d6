using System.Text.RegularExpressions;
using AvatarIV.PowerShell.Tests.Metadata.Help;
using AvatarIV.PowerShell.Tests.Metadata.Reading;

namespace AvatarIV.PowerShell.Tests.Metadata;

/// <summary>
/// No PowerShell runs here, so the examples in help, build.ps1, the Pester suite and the README are
/// checked against the built cmdlets: every parameter they pass to an AvatarIV cmdlet must exist.
/// </summary>
public sealed partial class ScriptUsageTests
{
    private static readonly string[] CommonParameters =
    [
        "Verbose", "Debug", "ErrorAction", "ErrorVariable", "WarningAction", "WarningVariable", "InformationAction",
        "InformationVariable", "OutVariable", "OutBuffer", "PipelineVariable", "ProgressAction",
    ];

    private static BuiltModule Module => BuiltModule.Instance;

    public static TheoryData<string> Sources =>
    [
        "build.ps1",
        "tests/pester/Pipeline.Tests.ps1",
        "README.md",
        .. Directory.GetFiles(HelpContent.DirectoryIn(BuiltModule.Instance.RepositoryRoot), "*.json")
            .Select(p => Path.GetRelativePath(BuiltModule.Instance.RepositoryRoot, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal),
    ];

    [Theory]
    [MemberData(nameof(Sources))]
    public void Passes_AvatarIV_cmdlets_only_parameters_they_have(string source)
    {
        var cmdlets = Module.Cmdlets.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);
        var uses = CodeOf(source).SelectMany(code => CommandUsage.Find(code, cmdlets.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase))).ToList();

        uses.ShouldNotBeEmpty($"{source} should use the AvatarIV cmdlets");
        var unknown = uses.Where(use => !Accepts(cmdlets[use.Command], use.Parameter)).Select(use => $"{use.Command} -{use.Parameter}").Distinct();
        unknown.ShouldBeEmpty($"{source} passes parameters that the cmdlets do not have");
    }

    [Fact]
    public void The_reader_finds_parameters_inside_pipelines_and_subexpressions_but_not_strings()
    {
        var commands = new HashSet<string>(["New-AvatarIVVideo", "Wait-AvatarIVVideo"], StringComparer.OrdinalIgnoreCase);
        var code = "$v = @(Get-Item x | New-AvatarIVVideo -Script (Get-Content a -Raw) -VoiceId $id |\n  Wait-AvatarIVVideo -OutputDirectory ./out) # Wait-AvatarIVVideo -Nope\n'New-AvatarIVVideo -Nope'";

        CommandUsage.Find(code, commands).ShouldBe(
            [new("New-AvatarIVVideo", "Script"), new("New-AvatarIVVideo", "VoiceId"), new("Wait-AvatarIVVideo", "OutputDirectory")],
            ignoreOrder: true);
    }

    private static bool Accepts(CmdletShape cmdlet, string parameter) =>
        cmdlet.Parameters.SelectMany(p => p.NamesAndAliases).Contains(parameter, StringComparer.OrdinalIgnoreCase)
        || CommonParameters.Contains(parameter, StringComparer.OrdinalIgnoreCase)
        || (cmdlet.SupportsShouldProcess && parameter is "WhatIf" or "Confirm");

    private static IEnumerable<string> CodeOf(string source)
    {
        var path = Path.Combine(Module.RepositoryRoot, source);
        return Path.GetExtension(path) switch
        {
            ".json" => HelpContent.Load(path).Examples.Select(e => e.Code),
            ".md" => FencedPowerShell().Matches(File.ReadAllText(path)).Select(m => m.Groups[1].Value),
            _ => [File.ReadAllText(path)],
        };
    }

    [GeneratedRegex(@"```powershell\r?\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex FencedPowerShell();
}
