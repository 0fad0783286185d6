using MockServer.Tests.Infrastructure;

namespace MockServer.Tests.Persistence;

/// <summary>Issue 10 §1: two mocks on one --state-dir — the second is refused at start, naming the dir and the holder.</summary>
public sealed class StateDirectoryLockTests
{
    [Fact]
    public async Task A_second_mock_on_the_same_dir_is_refused_and_a_killed_holder_frees_it()
    {
        using var dir = new StateDirectory();
        await using var holder = MockProcess.Start("--state-dir", dir.Path, "--progression", "immediate");
        var baseUri = await holder.BaseUriAsync();

        await using var rival = MockProcess.Start("--state-dir", dir.Path);
        var errors = await rival.Process.StandardError.ReadToEndAsync();
        await rival.Process.WaitForExitAsync();
        rival.Process.ExitCode.ShouldBe(2);
        errors.ShouldContain(dir.Path);
        errors.ShouldContain($"process {holder.Process.Id}");

        // The refused start touched nothing: the holder still serves from its store.
        using (var client = new HttpClient { BaseAddress = baseUri })
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", Keys.New());
            await client.CreateV3VideoIdAsync(await client.UploadV3PhotoAsync());
        }

        // The OS drops the lock when its holder dies, even by kill -9.
        await holder.KillAsync();
        await using var successor = MockProcess.Start("--state-dir", dir.Path);
        (await successor.BaseUriAsync()).Host.ShouldBe("127.0.0.1");
    }

    [Fact]
    public async Task A_state_dir_that_is_a_file_is_refused_with_a_clear_message()
    {
        using var dir = new StateDirectory();
        Directory.CreateDirectory(dir.Path);
        var file = Path.Combine(dir.Path, "not-a-dir");
        await File.WriteAllTextAsync(file, "x");

        await using var mock = MockProcess.Start("--state-dir", file);
        var errors = await mock.Process.StandardError.ReadToEndAsync();
        await mock.Process.WaitForExitAsync();
        mock.Process.ExitCode.ShouldBe(2);
        errors.ShouldContain("--state-dir");
        errors.ShouldContain(file);
    }
}
