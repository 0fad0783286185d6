using System.Reflection;

namespace AvatarIV.PowerShell.Loading;

/// <summary>
/// The assemblies the running .NET runtime ships itself: the trusted platform assemblies beside the core library.
/// A dependency the runtime already provides in the same or a newer version is taken from the runtime, so that
/// shared types keep one identity (e.g. System.Text.Json on PowerShell 7.6, which runs on .NET 10).
/// Empty on .NET Framework (Windows PowerShell 5.1).
/// </summary>
internal sealed class RuntimeAssemblies
{
    private readonly Dictionary<string, string> _pathsByName;

    public RuntimeAssemblies(IEnumerable<string> trustedPlatformAssemblyPaths)
    {
        _pathsByName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in trustedPlatformAssemblyPaths)
        {
            _pathsByName[Path.GetFileNameWithoutExtension(path)] = path;
        }
    }

    /// <summary>
    /// The running process's trusted platform assemblies that live beside the core library, i.e. the runtime
    /// (and, for a self-contained PowerShell, PowerShell's own files) but not an application's other references.
    /// </summary>
    public static RuntimeAssemblies OfCurrentProcess()
    {
        var list = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty;
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).GetTypeInfo().Assembly.Location);
        return new RuntimeAssemblies(list
            .Split(new[] { Path.PathSeparator }, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => string.Equals(Path.GetDirectoryName(path), runtimeDirectory, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>True when the runtime has <paramref name="name"/> in at least <paramref name="version"/>.</summary>
    public bool Provides(string name, Version? version)
    {
        if (!_pathsByName.TryGetValue(name, out var path))
        {
            return false;
        }

        try
        {
            return version is null || AssemblyName.GetAssemblyName(path).Version >= version;
        }
        catch (Exception e) when (e is IOException or BadImageFormatException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
