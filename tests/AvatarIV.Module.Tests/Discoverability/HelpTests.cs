using System.Management.Automation;
using AvatarIV.Module.Tests.Infrastructure;

namespace AvatarIV.Module.Tests.Discoverability;

/// <summary>Get-Help in PowerShell: every cmdlet and every parameter is described, with examples.</summary>
public sealed class HelpTests : IDisposable
{
    private readonly ModuleRunspace _session = ModuleRunspace.Open();

    public static TheoryData<string> Cmdlets()
    {
        using var session = ModuleRunspace.Open();
        return [.. session.Run("(Get-Module AvatarIV).ExportedCmdlets.Keys").ShouldSucceed().Output.Select(o => o.ToString())];
    }

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void Every_cmdlet_has_a_written_synopsis_examples_and_related_links(string cmdlet)
    {
        var help = _session.Run("Get-Help -Name $args[0] -Full", cmdlet).ShouldSucceed().Output.Single();

        var synopsis = help.Properties["Synopsis"].Value.ToString()!.Trim();
        synopsis.ShouldNotBeNullOrWhiteSpace();
        synopsis.ShouldNotStartWith(cmdlet, Case.Insensitive, "a synopsis made from the syntax means the MAML help was not found");
        var examples = _session.Run("@((Get-Help -Name $args[0] -Examples).examples.example) | ForEach-Object { $_.code }", cmdlet).ShouldSucceed().Output;
        examples.ShouldNotBeEmpty();
        examples.ShouldContain(code => code.ToString()!.Contains(cmdlet, StringComparison.OrdinalIgnoreCase));
        _session.Run("@((Get-Help -Name $args[0]).relatedLinks.navigationLink).Count", cmdlet).Output.Single().BaseObject.ShouldBeOfType<int>().ShouldBeGreaterThan(0);
    }

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void Every_parameter_has_a_description(string cmdlet)
    {
        var undocumented = _session.Run(
            """
            $help = Get-Help -Name $args[0] -Full
            $common = [System.Management.Automation.Cmdlet]::CommonParameters + [System.Management.Automation.Cmdlet]::OptionalCommonParameters
            foreach ($name in (Get-Command -Name $args[0]).Parameters.Keys) {
                if ($common -contains $name) { continue }
                $entry = @($help.parameters.parameter) | Where-Object name -eq $name
                if (-not $entry -or -not ($entry.description | Out-String).Trim()) { $name }
            }
            """,
            cmdlet).ShouldSucceed().Output.Select(o => o.ToString());

        undocumented.ShouldBeEmpty();
    }

    public void Dispose() => _session.Dispose();
}
