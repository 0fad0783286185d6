using System.Text;
using AvatarIV.PowerShell.Tests.Metadata.Reading;

namespace AvatarIV.PowerShell.Tests.Metadata.Help;

/// <summary>
/// Writes docs/powershell.md, the page Get-Help -Online opens (one "## Verb-Noun" heading per cmdlet, so
/// GitHub's anchor is #verb-noun), from the same content files and built cmdlets as the MAML help.
/// </summary>
public static class MarkdownWriter
{
    public static string Write(IReadOnlyList<(CmdletShape Cmdlet, HelpContent Help)> cmdlets)
    {
        var md = new StringBuilder();
        md.Append("# AvatarIV PowerShell reference\n\n")
          .Append("The same text as `Get-Help <cmdlet> -Full`, generated from `src/AvatarIV.PowerShell/help/*.json` and the built cmdlets ")
          .Append("(regenerate with `./build.ps1 -UpdateHelp`; do not edit by hand). Concepts — API versions, credits, waiting, errors, ")
          .Append("the mock — are in `Get-Help about_AvatarIV` ([source](../src/AvatarIV.PowerShell/en-US/about_AvatarIV.help.txt)); ")
          .Append("connecting, the pipeline, a runbook, the ErrorIds, installing and testing your scripts with Pester are in the ")
          .Append("[PowerShell guide](powershell-guide.md).\n\n")
          .Append(string.Join(" · ", cmdlets.Select(c => $"[{c.Cmdlet.Name}](#{c.Cmdlet.Name.ToLowerInvariant()})")))
          .Append("\n");
        foreach (var (cmdlet, help) in cmdlets)
        {
            Cmdlet(md, cmdlet, help);
        }

        return md.ToString();
    }

    private static void Cmdlet(StringBuilder md, CmdletShape cmdlet, HelpContent help)
    {
        md.Append($"\n## {cmdlet.Name}\n\n{help.Synopsis}\n\n### Syntax\n\n```powershell\n");
        foreach (var set in cmdlet.ParameterSets.OrderBy(s => s == cmdlet.DefaultParameterSetName ? 0 : 1))
        {
            md.Append(Syntax(cmdlet, set)).Append('\n');
        }

        md.Append("```\n\n### Description\n\n");
        foreach (var paragraph in help.Description)
        {
            md.Append(paragraph).Append("\n\n");
        }

        md.Append("### Parameters\n\n| Parameter | Type | Description | Default |\n|---|---|---|---|\n");
        foreach (var parameter in MamlWriter.DocumentedParameters(cmdlet))
        {
            var text = help.Parameters.TryGetValue(parameter.Name, out var own) ? own : HelpContent.ShouldProcessParameters[parameter.Name];
            var type = parameter.ValidValues.Count > 0
                ? $"{TypeNames.Short(parameter.Type)}: {string.Join(", ", parameter.ValidValues)}"
                : TypeNames.Short(parameter.Type);
            md.Append($"| `-{parameter.Name}` | {Cell(type)} | {Cell(string.Join(" ", text.Description))} | {Cell(text.DefaultValue ?? "")} |\n");
        }

        md.Append("\n### Inputs\n\n");
        foreach (var input in help.Inputs)
        {
            md.Append($"- `{input.Key}`: {input.Value}\n");
        }

        md.Append("\n### Outputs\n\n");
        foreach (var output in help.Outputs)
        {
            md.Append($"- `{output.Key}`: {output.Value}\n");
        }

        if (help.Notes.Count > 0)
        {
            md.Append("\n### Notes\n\n");
            foreach (var note in help.Notes)
            {
                md.Append(note).Append("\n\n");
            }
        }
        else
        {
            md.Append('\n');
        }

        md.Append("### Examples\n");
        foreach (var example in help.Examples)
        {
            md.Append($"\n#### {example.Title}\n\n```powershell\n{example.Code}\n```\n\n{string.Join("\n\n", example.Remarks)}\n");
        }

        md.Append("\n### Related\n\n");
        foreach (var link in help.Links.Where(l => l.Text != "Online version:"))
        {
            md.Append(link.Uri is not null ? $"- [{link.Text}]({link.Uri})\n"
                : link.Text.StartsWith("about_", StringComparison.Ordinal) ? $"- `Get-Help {link.Text}`\n"
                : $"- [{link.Text}](#{link.Text.ToLowerInvariant()})\n");
        }
    }

    /// <summary>One syntax line, as Get-Help writes it: optional parts in brackets, positional names in brackets.</summary>
    private static string Syntax(CmdletShape cmdlet, string set)
    {
        var parts = MamlWriter.DocumentedParameters(cmdlet)
            .Select(p => (Parameter: p, Binding: p.In(set)))
            .Where(x => x.Binding is not null)
            .OrderBy(x => x.Binding!.Position ?? int.MaxValue)
            .ThenBy(x => x.Binding!.Mandatory ? 0 : 1)
            .Select(x =>
            {
                var p = x.Parameter;
                var name = x.Binding!.Position is null ? $"-{p.Name}" : $"[-{p.Name}]";
                var value = TypeNames.IsSwitch(p.Type) ? ""
                    : p.ValidValues.Count > 0 ? $" {{{string.Join(" | ", p.ValidValues)}}}"
                    : $" <{TypeNames.Short(p.Type)}>";
                return x.Binding.Mandatory ? name + value : $"[{name}{value}]";
            });
        return string.Join(" ", parts.Prepend(cmdlet.Name)) + " [<CommonParameters>]";
    }

    private static string Cell(string text) => text.Replace("|", "\\|").Replace("\n", " ");
}
