using System.Collections;
using System.Text.RegularExpressions;
using AvatarIV.Module.Tests.Infrastructure;

namespace AvatarIV.Module.Tests.Discoverability;

/// <summary>
/// The cmdlet table of docs/powershell-guide.md ("The cmdlets") names every cmdlet the source manifest exports, read by
/// PowerShell's own Import-PowerShellDataFile, and names no other.
/// </summary>
public sealed partial class CmdletDocsTests : IDisposable
{
    private readonly ModuleRunspace _session = ModuleRunspace.Open(import: false);

    [Fact]
    public void The_guide_cmdlet_table_lists_exactly_the_exported_cmdlets()
    {
        var manifest = (Hashtable)_session.Run("Import-PowerShellDataFile -LiteralPath $args[0]", Path.Combine(TestPaths.RepositoryRoot, "AvatarIV.psd1"))
            .ShouldSucceed().Output.Single().BaseObject;
        var exported = ((object[])manifest["CmdletsToExport"]!).Cast<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        exported.ShouldNotBeEmpty();

        var documented = TableCmdlets(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "powershell-guide.md")));

        exported.Except(documented, StringComparer.OrdinalIgnoreCase)
            .ShouldBeEmpty("exported but missing from the cmdlet table of docs/powershell-guide.md (section \"The cmdlets\")");
        documented.Except(exported, StringComparer.OrdinalIgnoreCase)
            .ShouldBeEmpty("in the cmdlet table of docs/powershell-guide.md but not in AvatarIV.psd1's CmdletsToExport");
    }

    /// <summary>The first-column names of the table under "## The cmdlets" (continuation rows have an empty first cell).</summary>
    private static HashSet<string> TableCmdlets(string markdown)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var start = Array.FindIndex(lines, line => line.Trim() == "## The cmdlets");
        start.ShouldBeGreaterThanOrEqualTo(0, "docs/powershell-guide.md has no \"## The cmdlets\" section");
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(start + 1).TakeWhile(line => !line.StartsWith("## ", StringComparison.Ordinal)))
        {
            var match = FirstCell().Match(line);
            if (match.Success)
            {
                names.Add(match.Groups[1].Value);
            }
        }

        return names;
    }

    [GeneratedRegex(@"^\|\s*`([A-Za-z]+-[A-Za-z]+)`\s*\|")]
    private static partial Regex FirstCell();

    public void Dispose() => _session.Dispose();
}
