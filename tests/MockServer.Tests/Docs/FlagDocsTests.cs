using System.Reflection;
using System.Text.RegularExpressions;
using AvatarIV.MockServer.Hosting;

namespace MockServer.Tests.Docs;

/// <summary>
/// docs/mock-server.md's flag table and the mock's <c>--help</c> text (what <c>avatariv-mock --help</c> prints) name
/// the same flags: every flag --help lists has a row, and every row is a flag the mock knows.
/// </summary>
public sealed partial class FlagDocsTests
{
    [Fact]
    public void Every_flag_help_prints_is_in_the_docs_table_and_every_row_is_a_flag()
    {
        var help = HelpFlags(MockServerOptions.HelpText);
        help.ShouldNotBeEmpty();
        var documented = TableFlags(File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "mock-server.md")));

        help.Except(documented).ShouldBeEmpty("printed by --help but missing from the flag table of docs/mock-server.md (section \"Flags\")");
        documented.Except(help).ShouldBeEmpty("in the flag table of docs/mock-server.md but not printed by --help");
    }

    [Fact]
    public void Every_flag_the_parser_knows_is_printed_by_help()
    {
        var help = HelpFlags(MockServerOptions.HelpText);
        foreach (var flag in MockServerFlags.All)
        {
            help.ShouldContain("--" + flag);
        }
    }

    private static HashSet<string> HelpFlags(string helpText) =>
        helpText.ReplaceLineEndings("\n").Split('\n')
            .Select(line => HelpLine().Match(line))
            .Where(match => match.Success)
            .Select(match => match.Groups[1].Value)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>The flags in the first column of the table under "## Flags".</summary>
    private static HashSet<string> TableFlags(string markdown)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var start = Array.FindIndex(lines, line => line.Trim() == "## Flags");
        start.ShouldBeGreaterThanOrEqualTo(0, "docs/mock-server.md has no \"## Flags\" section");
        return lines.Skip(start + 1)
            .TakeWhile(line => !line.StartsWith("## ", StringComparison.Ordinal))
            .Select(line => TableRow().Match(line))
            .Where(match => match.Success)
            .Select(match => match.Groups[1].Value)
            .ToHashSet(StringComparer.Ordinal);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(Path.GetDirectoryName(Assembly.GetExecutingAssembly().Location)!);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AvatarIV.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new DirectoryNotFoundException("AvatarIV.slnx not found above " + Assembly.GetExecutingAssembly().Location);
    }

    [GeneratedRegex(@"^\s+(--[a-z][a-z0-9-]*)\b")]
    private static partial Regex HelpLine();

    [GeneratedRegex(@"^\|\s*`(--[a-z][a-z0-9-]*)[^`]*`\s*\|")]
    private static partial Regex TableRow();
}
