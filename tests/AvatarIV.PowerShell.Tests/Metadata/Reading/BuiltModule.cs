using System.Reflection;
using System.Runtime.InteropServices;

namespace AvatarIV.PowerShell.Tests.Metadata.Reading;

/// <summary>
/// The module folder that `dotnet build` lays out (out/AvatarIV/&lt;version&gt;/), read through a
/// MetadataLoadContext: its cmdlets are inspected exactly as built, never loaded or run. The cmdlets are read from
/// the desktop/ (netstandard2.0) build, the one Windows PowerShell 5.1 loads and this machine cannot run; the
/// core/ build compiles from the same sources.
/// </summary>
public sealed class BuiltModule
{
    private const string SmaReference = "metadata-references/System.Management.Automation.dll";
    private static readonly Lazy<BuiltModule> Shared = new(() => new BuiltModule());

    private BuiltModule()
    {
        Directory = MetadataValue("AvatarIVModuleDirectory");
        RepositoryRoot = MetadataValue("AvatarIVRepositoryRoot");
        if (!File.Exists(AssemblyPath))
        {
            throw new InvalidOperationException($"The built module is missing at {AssemblyPath}; build AvatarIV.PowerShell first (dotnet build).");
        }

        var paths = new List<string> { AssemblyPath, Path.Combine(AppContext.BaseDirectory, SmaReference) };
        paths.AddRange(System.IO.Directory.GetFiles(DependenciesDirectory, "*.dll"));
        paths.AddRange(System.IO.Directory.GetFiles(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll"));
        var context = new MetadataLoadContext(new PathAssemblyResolver(paths));
        Assembly = context.LoadFromAssemblyPath(AssemblyPath);
        Cmdlets = CmdletReader.ReadAll(Assembly);
    }

    public static BuiltModule Instance => Shared.Value;

    /// <summary>Every cmdlet's name, for [MemberData] theories (one test case per cmdlet).</summary>
    public static TheoryData<string> CmdletNames => [.. Instance.Cmdlets.Select(c => c.Name)];

    public string Directory { get; }

    public string RepositoryRoot { get; }

    /// <summary>The folder of one build: <c>core</c> (net8.0, PowerShell 7.4+) or <c>desktop</c> (netstandard2.0, Windows PowerShell 5.1).</summary>
    public string EditionDirectory(string edition) => Path.Combine(Directory, edition);

    public string AssemblyPath => Path.Combine(EditionDirectory("desktop"), "AvatarIV.PowerShell.dll");

    public string ManifestPath => Path.Combine(Directory, "AvatarIV.psd1");

    public string HelpPath => HelpPathOf("desktop");

    public string HelpPathOf(string edition) => Path.Combine(EditionDirectory(edition), "en-US", "AvatarIV.PowerShell.dll-Help.xml");

    public string DependenciesDirectory => DependenciesOf("desktop");

    public string DependenciesOf(string edition) => Path.Combine(EditionDirectory(edition), "Dependencies");

    /// <summary>The module assembly, as metadata.</summary>
    public Assembly Assembly { get; }

    public IReadOnlyList<CmdletShape> Cmdlets { get; }

    public CmdletShape Cmdlet(string name) =>
        Cmdlets.SingleOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new InvalidOperationException($"The module has no cmdlet {name}; it has {string.Join(", ", Cmdlets)}.");

    /// <summary>A type defined in the module assembly, by full name; null when there is none.</summary>
    public Type? ModuleType(string fullName) => Assembly.GetType(fullName, throwOnError: false);

    private static string MetadataValue(string key) =>
        typeof(BuiltModule).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"Assembly metadata {key} is empty.");
}
