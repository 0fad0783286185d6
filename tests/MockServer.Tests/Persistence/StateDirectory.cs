namespace MockServer.Tests.Persistence;

/// <summary>A fresh --state-dir under the temp folder, deleted when the test ends.</summary>
public sealed class StateDirectory : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "avatariv-state-" + Guid.NewGuid().ToString("N"));

    public string Database => System.IO.Path.Combine(Path, "mock.db");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process a test killed may still be letting go of a file; the temp folder is cleaned eventually.
        }
    }
}
