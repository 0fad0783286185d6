namespace AvatarIV.Mock.Client.Launching;

/// <summary>
/// What to run to start the mock: <c>dotnet AvatarIV.MockServer.dll</c> for a .dll, the file itself for an executable,
/// or the installed <c>avatariv-mock</c> .NET tool found on PATH (or in ~/.dotnet/tools) when no path is given.
/// </summary>
public sealed record MockServerCommand(string FileName, IReadOnlyList<string> LeadingArguments)
{
    public const string ToolName = "avatariv-mock";

    public static MockServerCommand Resolve(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return new MockServerCommand(FindTool(), Array.Empty<string>());
        }

        var full = System.IO.Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new FileNotFoundException($"No mock server at '{full}'. Give AvatarIV.MockServer.dll, a mock executable, or no path to use the installed '{ToolName}' tool.", full);
        }

        return full.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            ? new MockServerCommand("dotnet", new[] { full })
            : new MockServerCommand(full, Array.Empty<string>());
    }

    private static string FindTool()
    {
        var names = IsWindows ? new[] { ToolName + ".exe", ToolName + ".cmd", ToolName } : new[] { ToolName };
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(System.IO.Path.PathSeparator)
            .Where(f => f.Length > 0)
            .Append(System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "tools"));
        foreach (var folder in folders)
        {
            foreach (var name in names)
            {
                var candidate = System.IO.Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new FileNotFoundException($"The '{ToolName}' tool is not on PATH. Install it with 'dotnet tool install --global {ToolName}', or give the path of AvatarIV.MockServer.dll.");
    }

    private static bool IsWindows => System.IO.Path.DirectorySeparatorChar == '\\';
}
