using System.Management.Automation;
using System.Management.Automation.Language;
using System.Text.Json;
using System.Text.RegularExpressions;
using AvatarIV.Module.Tests.Infrastructure;

namespace AvatarIV.Module.Tests.Discoverability;

/// <summary>
/// Every AvatarIV command in our scripts, samples, Pester tests, README and help examples passes only parameters
/// the cmdlet has, read with PowerShell's own parser and checked against Get-Command (so aliases, unambiguous
/// prefixes and common parameters count exactly as PowerShell binds them).
/// </summary>
public sealed partial class ScriptUsageTests : IDisposable
{
    private readonly ModuleRunspace _session = ModuleRunspace.Open();

    public static TheoryData<string> Sources()
    {
        var root = TestPaths.RepositoryRoot;
        var files = new[] { "samples", "tests/pester", "docs" }
            .Where(folder => Directory.Exists(Path.Combine(root, folder)))
            .SelectMany(folder => Directory.GetFiles(Path.Combine(root, folder), "*.*", SearchOption.AllDirectories))
            .Concat(Directory.GetFiles(Path.Combine(root, "src/AvatarIV.PowerShell/help"), "*.json"))
            .Append(Path.Combine(root, "README.md"))
            .Where(path => Path.GetExtension(path) is ".ps1" or ".psm1" or ".md" or ".json")
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        return [.. files];
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Passes_AvatarIV_cmdlets_only_parameters_they_have(string source)
    {
        var problems = new List<string>();
        foreach (var code in CodeOf(source))
        {
            var ast = Parser.ParseInput(code, out _, out _);
            foreach (var command in ast.FindAll(node => node is CommandAst, searchNestedScriptBlocks: true).Cast<CommandAst>())
            {
                var name = command.GetCommandName();
                if (name is null || !name.Contains("AvatarIV", StringComparison.OrdinalIgnoreCase) && !name.Contains("AvatarPhoto", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var info = Command(name);
                if (info is null)
                {
                    continue; // a helper function of the Pester kit, not one of the module's cmdlets
                }

                foreach (var parameter in command.CommandElements.OfType<CommandParameterAst>())
                {
                    if (!Binds(info, parameter.ParameterName))
                    {
                        problems.Add($"{name} -{parameter.ParameterName} (line {parameter.Extent.StartLineNumber}: {command.Extent.Text.Split('\n')[0].Trim()})");
                    }
                }
            }
        }

        problems.ShouldBeEmpty($"{source} passes parameters that the cmdlets do not have");
    }

    /// <summary>What PowerShell would bind: a full name, an alias, or an unambiguous prefix of one.</summary>
    private static bool Binds(CmdletInfo cmdlet, string written)
    {
        var names = cmdlet.Parameters.Values.SelectMany(p => p.Aliases.Prepend(p.Name)).ToList();
        if (names.Contains(written, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        var owners = cmdlet.Parameters.Values.Where(p => p.Aliases.Prepend(p.Name).Any(n => n.StartsWith(written, StringComparison.OrdinalIgnoreCase))).ToList();
        return owners.Count == 1;
    }

    private CmdletInfo? Command(string name) =>
        _session.Run("Get-Command -Name $args[0] -Module AvatarIV -CommandType Cmdlet -ErrorAction SilentlyContinue", name)
            .Output.Select(o => o.BaseObject).OfType<CmdletInfo>().SingleOrDefault();

    private static IEnumerable<string> CodeOf(string source)
    {
        var path = Path.Combine(TestPaths.RepositoryRoot, source);
        return Path.GetExtension(path) switch
        {
            ".json" => JsonDocument.Parse(File.ReadAllText(path)).RootElement.GetProperty("examples").EnumerateArray().Select(e => Text(e.GetProperty("code"))),
            ".md" => FencedPowerShell().Matches(File.ReadAllText(path)).Select(m => m.Groups[1].Value),
            _ => [File.ReadAllText(path)],
        };
    }

    /// <summary>Help content stores long text as one string or as an array of lines.</summary>
    private static string Text(JsonElement value) => value.ValueKind == JsonValueKind.Array
        ? string.Join("\n", value.EnumerateArray().Select(line => line.GetString()))
        : value.GetString()!;

    [GeneratedRegex(@"```powershell\r?\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex FencedPowerShell();

    public void Dispose() => _session.Dispose();
}
