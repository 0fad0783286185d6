using System.Reflection;

namespace AvatarIV.Module.Tests.Infrastructure;

/// <summary>Where the build put what these tests use (stamped into the assembly by the project file).</summary>
public static class TestPaths
{
    /// <summary>out/AvatarIV/&lt;version&gt;/, the folder users import.</summary>
    public static string ModuleDirectory => Value("AvatarIVModuleDirectory");

    public static string ModuleManifest => Path.Combine(ModuleDirectory, "AvatarIV.psd1");

    public static string MockServer => Value("AvatarIVMockServer");

    public static string RepositoryRoot => Value("AvatarIVRepositoryRoot");

    public static string SamplePhoto => Path.Combine(RepositoryRoot, "samples", "avatar.jpg");

    /// <summary>
    /// pwsh.dll of the PowerShell .NET tool pinned in .config/dotnet-tools.json (a framework-dependent PowerShell:
    /// $PSHOME is not the runtime's folder). `dotnet tool restore` puts it in the NuGet packages folder.
    /// </summary>
    public static string PowerShellTool
    {
        get
        {
            var platform = OperatingSystem.IsWindows() ? "win" : "unix";
            var path = Path.Combine(Value("NuGetPackageRoot"), "powershell", "7.6.9", "tools", "net10.0", "any", platform, "pwsh.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException($"PowerShell 7.6.9 is missing at {path}; run 'dotnet tool restore' in the repository root.", path);
        }
    }

    /// <summary>A file in the NuGet packages folder, e.g. <c>restsharp/112.1.0/lib/net8.0/RestSharp.dll</c>.</summary>
    public static string Package(string relativePath)
    {
        var path = Path.Combine(Value("NuGetPackageRoot"), relativePath);
        return File.Exists(path) ? path : throw new FileNotFoundException($"{path} is missing; run 'dotnet restore' of tests/AvatarIV.Module.Tests.", path);
    }

    private static string Value(string key) =>
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"Assembly metadata {key} is empty.");
}
