namespace AvatarIV.Module.Tests.Infrastructure;

/// <summary>A mock whose videos finish on their second status read: fast, and no sleeps.</summary>
public sealed class PollsMock : IAsyncLifetime
{
    public MockProcess Mock { get; private set; } = null!;

    public async Task InitializeAsync() => Mock = await MockProcess.StartAsync("--progression", "polls:2");

    public async Task DisposeAsync() => await Mock.DisposeAsync();
}

/// <summary>A mock whose videos stay pending until a test moves them (POST /_mock/jobs/{id}/complete).</summary>
public sealed class ManualMock : IAsyncLifetime
{
    public MockProcess Mock { get; private set; } = null!;

    public async Task InitializeAsync() => Mock = await MockProcess.StartAsync("--progression", "manual");

    public async Task DisposeAsync() => await Mock.DisposeAsync();
}

/// <summary>A folder of its own per test, deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "avatariv-module-" + Guid.NewGuid().ToString("N"));

    /// <summary>Copies the sample photo in <paramref name="count"/> times (photo1.jpg, ...); returns the folder.</summary>
    public string WithPhotos(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            File.Copy(TestPaths.SamplePhoto, System.IO.Path.Combine(Path, $"photo{i}.jpg"));
        }

        return Path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
