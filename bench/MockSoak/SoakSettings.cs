using System.Globalization;

namespace MockSoak;

/// <summary>The soak's own flags; everything after <c>--</c> goes to the mock.</summary>
internal sealed record SoakSettings(string MockDll, double Minutes, int Clients, int PauseMs, int SampleSeconds, IReadOnlyList<string> MockFlags)
{
    /// <summary>Limits small enough that 10 minutes of traffic reach them, so a plateau is visible.</summary>
    private static readonly string[] DefaultMockFlags =
        ["--progression", "immediate", "--balance", "100000000", "--max-jobs-per-key", "200", "--max-assets-per-key", "50", "--render-cache-mb", "32"];

    public static SoakSettings Parse(string[] args)
    {
        var split = Array.IndexOf(args, "--");
        var own = split < 0 ? args : args[..split];
        var mockFlags = split < 0 ? DefaultMockFlags : args[(split + 1)..];
        string? Value(string name) => Array.IndexOf(own, name) is var i and >= 0 && i + 1 < own.Length ? own[i + 1] : null;
        double Number(string name, double fallback) => Value(name) is { } v ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;

        var dll = Value("--mock") ?? "src/MockServer/bin/Release/net10.0/AvatarIV.MockServer.dll";
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"No mock at '{dll}': build it (dotnet build -c Release src/MockServer) or pass --mock PATH.");
        }

        return new SoakSettings(dll, Number("--minutes", 10), (int)Number("--clients", 4), (int)Number("--pause-ms", 100), (int)Number("--sample-seconds", 30), [.. mockFlags, "--urls", "http://127.0.0.1:0"]);
    }
}
