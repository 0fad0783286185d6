using System.Xml.Linq;
using AvatarIV.PowerShell.Tests.Metadata.Reading;

namespace AvatarIV.PowerShell.Tests.Metadata.Help;

/// <summary>
/// Get-Help works for every cmdlet and parameter, with examples. The MAML file is generated from
/// Content/*.json plus the built cmdlets; to regenerate it after changing either, run
/// <c>AVATARIV_UPDATE_HELP=1 dotnet test tests/AvatarIV.PowerShell.Tests --filter FullyQualifiedName~Help</c>
/// (or <c>./build.ps1 -UpdateHelp</c>) and commit the result.
/// </summary>
public sealed class HelpTests
{
    private const string PipelineExample = "Send-AvatarPhoto | New-AvatarIVVideo";
    private const string AboutTopic = "about_AvatarIV";
    private const string OnlineReference = "https://github.com/AvatarIV/AvatarIV/blob/main/docs/powershell.md#";

    private static BuiltModule Module => BuiltModule.Instance;

    private static string SourceHelpPath =>
        Path.Combine(Module.RepositoryRoot, "src", "AvatarIV.PowerShell", "en-US", "AvatarIV.PowerShell.dll-Help.xml");

    /// <summary>The order of the generated help file: the spec's (and the manifest's) order of the cmdlets.</summary>
    private static readonly string[] HelpOrder =
    [
        "Connect-AvatarIV", "Send-AvatarPhoto", "New-AvatarIVVideo", "Wait-AvatarIVVideo", "Get-AvatarIVVideo",
        "Save-AvatarIVVideo", "Remove-AvatarIVVideo", "Get-AvatarIVVoice", "Get-AvatarIVLook", "Get-AvatarIVCredit", "Split-AvatarIVScript",
        "Start-AvatarIVMock", "Stop-AvatarIVMock", "Set-AvatarIVMockBalance", "Set-AvatarIVMockProgression", "Add-AvatarIVMockFault",
        "Get-AvatarIVMockFault", "Remove-AvatarIVMockFault", "Get-AvatarIVMockJournal",
    ];

    private static IReadOnlyList<CmdletShape> ExportedCmdlets =>
        Module.Cmdlets.OrderBy(c => Array.IndexOf(HelpOrder, c.Name) is var i and >= 0 ? i : int.MaxValue).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();

    [Fact]
    public void Every_cmdlet_has_a_synopsis_a_description_and_an_example()
    {
        var problems = new List<string>();
        foreach (var cmdlet in Module.Cmdlets)
        {
            var path = Path.Combine(HelpContent.DirectoryIn(Module.RepositoryRoot), cmdlet.Name + ".json");
            if (!File.Exists(path))
            {
                problems.Add($"{cmdlet.Name}: no help content; add {path}");
                continue;
            }

            var help = HelpContent.Load(path);
            Check(string.IsNullOrWhiteSpace(help.Synopsis), $"{cmdlet.Name}: empty synopsis");
            Check(!help.Description.Any(p => p.Length > 0), $"{cmdlet.Name}: empty description");
            Check(help.Examples.Count == 0, $"{cmdlet.Name}: no example");
            Check(help.Examples.Any(e => string.IsNullOrWhiteSpace(e.Code) || e.Remarks.Count == 0), $"{cmdlet.Name}: an example without code or remarks");
            Check(help.Examples.Any(e => !e.Code.Contains(cmdlet.Name)), $"{cmdlet.Name}: an example that does not use {cmdlet.Name}");
        }

        problems.ShouldBeEmpty();

        void Check(bool failed, string problem)
        {
            if (failed)
            {
                problems.Add(problem);
            }
        }
    }

    [Fact]
    public void Every_parameter_has_help_and_no_help_describes_a_parameter_that_does_not_exist()
    {
        var problems = new List<string>();
        foreach (var (cmdlet, help) in CmdletsWithContent())
        {
            var documented = MamlWriter.DocumentedParameters(cmdlet).Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            problems.AddRange(cmdlet.Parameters.Where(p => !help.Parameters.TryGetValue(p.Name, out var text) || !text.Description.Any(d => d.Length > 0))
                .Select(p => $"{cmdlet.Name}: -{p.Name} has no help text"));
            problems.AddRange(help.Parameters.Keys.Where(name => !documented.Contains(name))
                .Select(name => $"{cmdlet.Name}: help describes -{name}, which the cmdlet does not have"));
        }

        problems.ShouldBeEmpty();
    }

    [Fact]
    public void Help_outputs_are_the_cmdlets_OutputTypes()
    {
        foreach (var (cmdlet, help) in CmdletsWithContent())
        {
            // Help says "None" where the cmdlet writes nothing ([OutputType(typeof(void))]).
            var expected = cmdlet.OutputTypes.Select(t => t.FullName == "System.Void" ? "None" : TypeNames.Full(t)).Distinct();
            help.Outputs.Select(o => o.Key).ShouldBe(expected, ignoreOrder: true, customMessage: cmdlet.Name);
        }
    }

    [Fact]
    public void Help_inputs_name_real_types()
    {
        foreach (var (cmdlet, help) in CmdletsWithContent())
        {
            help.Inputs.ShouldNotBeEmpty(cmdlet.Name);
            help.Inputs.Select(i => i.Key).ShouldAllBe(
                name => name == "None" || name.StartsWith("System.") || Module.ModuleType(name) != null,
                cmdlet.Name);
        }
    }

    [Fact]
    public void Related_links_name_exported_cmdlets_or_web_pages()
    {
        var exported = Module.Cmdlets.Select(c => c.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (cmdlet, help) in CmdletsWithContent())
        {
            help.Links.ShouldNotBeEmpty(cmdlet.Name);
            help.Links.ShouldAllBe(l => exported.Contains(l.Text) || l.Text == AboutTopic || (l.Uri != null && l.Uri.StartsWith("https://")), cmdlet.Name);
        }
    }

    [Fact]
    public void Checked_in_online_reference_is_what_the_content_and_the_built_cmdlets_generate()
    {
        var path = Path.Combine(Module.RepositoryRoot, "docs", "powershell.md");
        var generated = MarkdownWriter.Write(CmdletsWithContent());
        if (Environment.GetEnvironmentVariable("AVATARIV_UPDATE_HELP") == "1")
        {
            File.WriteAllText(path, generated);
        }

        File.ReadAllText(path).ReplaceLineEndings("\n").ShouldBe(
            generated,
            "docs/powershell.md is out of date. Regenerate it with ./build.ps1 -UpdateHelp (or AVATARIV_UPDATE_HELP=1 dotnet test tests/AvatarIV.PowerShell.Tests --filter FullyQualifiedName~Help), then commit it.");
    }

    /// <summary>Get-Help -Online takes the first related link with a URI: it must be our reference, whose heading must exist.</summary>
    [Fact]
    public void Online_help_is_the_modules_own_reference_with_a_heading_per_cmdlet()
    {
        var reference = File.ReadAllText(Path.Combine(Module.RepositoryRoot, "docs", "powershell.md"));
        foreach (var (cmdlet, help) in CmdletsWithContent())
        {
            var anchor = cmdlet.Name.ToLowerInvariant();
            help.Links.First(l => l.Uri != null).Uri.ShouldBe(OnlineReference + anchor, cmdlet.Name);
            reference.ShouldContain($"\n## {cmdlet.Name}\n", Case.Sensitive, $"docs/powershell.md needs a '## {cmdlet.Name}' heading (anchor #{anchor})");
        }
    }

    [Fact]
    public void About_AvatarIV_is_shipped_in_the_module()
    {
        var about = Path.Combine(Module.Directory, "en-US", AboutTopic + ".help.txt");
        File.Exists(about).ShouldBeTrue($"{about} is missing: build/Module.targets copies src/AvatarIV.PowerShell/en-US/{AboutTopic}.help.txt");
        File.ReadAllText(about).ShouldContain(AboutTopic);
    }

    [Theory]
    [InlineData("Send-AvatarPhoto")]
    [InlineData("New-AvatarIVVideo")]
    [InlineData("Wait-AvatarIVVideo")]
    public void The_end_to_end_pipeline_is_an_example_of_each_cmdlet_it_chains(string cmdlet)
    {
        var help = HelpContent.Load(Path.Combine(HelpContent.DirectoryIn(Module.RepositoryRoot), cmdlet + ".json"));
        help.Examples.ShouldContain(e => e.Code.Contains(PipelineExample) && e.Code.Contains("| Wait-AvatarIVVideo"));
    }

    [Fact]
    public void Checked_in_help_is_what_the_content_and_the_built_cmdlets_generate()
    {
        var generated = MamlWriter.Write(CmdletsWithContent());
        if (Environment.GetEnvironmentVariable("AVATARIV_UPDATE_HELP") == "1")
        {
            File.WriteAllText(SourceHelpPath, generated);
        }

        var checkedIn = File.ReadAllText(SourceHelpPath).ReplaceLineEndings("\n").Split('\n');
        var expected = generated.Split('\n');
        var firstDifference = Enumerable.Range(0, Math.Max(checkedIn.Length, expected.Length))
            .FirstOrDefault(i => i >= checkedIn.Length || i >= expected.Length || checkedIn[i] != expected[i], -1);
        firstDifference.ShouldBe(
            -1,
            $"The MAML help is out of date (first difference at line {firstDifference + 1}). Regenerate it with "
            + "AVATARIV_UPDATE_HELP=1 dotnet test tests/AvatarIV.PowerShell.Tests --filter FullyQualifiedName~Help (or ./build.ps1 -UpdateHelp), then rebuild.");
    }

    [Fact]
    public void Built_help_file_has_every_cmdlet_and_parameter_with_a_description_and_an_example()
    {
        var commands = XDocument.Load(Module.HelpPath).Root!.Elements(MamlWriter.Command + "command")
            .ToDictionary(c => c.Element(MamlWriter.Command + "details")!.Element(MamlWriter.Command + "name")!.Value, StringComparer.OrdinalIgnoreCase);
        var problems = new List<string>();
        foreach (var cmdlet in Module.Cmdlets)
        {
            if (!commands.TryGetValue(cmdlet.Name, out var command))
            {
                problems.Add($"{cmdlet.Name}: not in {Module.HelpPath}");
                continue;
            }

            var synopsis = command.Element(MamlWriter.Command + "details")!.Element(MamlWriter.Maml + "description")!.Value;
            var parameters = command.Element(MamlWriter.Command + "parameters")!.Elements(MamlWriter.Command + "parameter")
                .ToDictionary(p => p.Element(MamlWriter.Maml + "name")!.Value, p => p.Element(MamlWriter.Maml + "description")!.Value, StringComparer.OrdinalIgnoreCase);
            var examples = command.Descendants(MamlWriter.Command + "example").Select(e => e.Element(MamlWriter.Dev + "code")!.Value).ToList();
            if (string.IsNullOrWhiteSpace(synopsis))
            {
                problems.Add($"{cmdlet.Name}: no synopsis");
            }

            if (!examples.Any(code => code.Contains(cmdlet.Name)))
            {
                problems.Add($"{cmdlet.Name}: no example that uses it");
            }

            problems.AddRange(cmdlet.Parameters
                .Where(p => !parameters.TryGetValue(p.Name, out var description) || string.IsNullOrWhiteSpace(description))
                .Select(p => $"{cmdlet.Name}: -{p.Name} has no help"));
        }

        problems.ShouldBeEmpty();
    }

    private static List<(CmdletShape Cmdlet, HelpContent Help)> CmdletsWithContent() =>
        ExportedCmdlets
            .Select(c => (c, Path.Combine(HelpContent.DirectoryIn(Module.RepositoryRoot), c.Name + ".json")))
            .Where(x => File.Exists(x.Item2))
            .Select(x => (x.c, HelpContent.Load(x.Item2)))
            .ToList();
}
