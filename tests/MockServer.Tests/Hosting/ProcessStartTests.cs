using System.Diagnostics;
using System.Text.RegularExpressions;
using MockServer.Tests.Infrastructure;

namespace MockServer.Tests.Hosting;

/// <summary>
/// The mock as users and Pester start it: a separate process on port 0 whose first stdout line is the base URL.
/// </summary>
public sealed class ProcessStartTests
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(90);

    [Fact(DisplayName = "Started on port 0, the first stdout line is a loopback base URL that serves the API")]
    public async Task FirstLineIsTheBoundBaseUrl()
    {
        using var process = StartMock("--urls", "http://127.0.0.1:0", "--progression", "immediate");
        try
        {
            using var timeout = new CancellationTokenSource(StartLimit);
            var firstLine = await process.StandardOutput.ReadLineAsync(timeout.Token);

            firstLine.ShouldNotBeNull();
            firstLine.ShouldMatch(@"^http://127\.0\.0\.1:\d+$");
            int.Parse(Regex.Match(firstLine, @"\d+$").Value).ShouldBeGreaterThan(0);

            using var http = new HttpClient { BaseAddress = new Uri(firstLine + "/") };
            var health = await http.GetStringAsync("_mock/health", timeout.Token);
            health.ShouldContain("ok");

            http.DefaultRequestHeaders.Add("X-Api-Key", "process-test-key");
            using var voices = await http.GetAsync("v2/voices", timeout.Token);
            ((int)voices.StatusCode).ShouldBe(200);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact(DisplayName = "--help lists the flags and exits 0 without starting a server")]
    public async Task HelpListsFlags()
    {
        using var process = StartMock("--help");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        process.ExitCode.ShouldBe(0);
        foreach (var flag in new[] { "--urls", "--api-key", "--progression", "--render-speed", "--tier", "--seed", "--max-upload-mb", "--fault" })
        {
            output.ShouldContain(flag);
        }
    }

    [Fact(DisplayName = "A bad flag value exits 2 with a message that names the flag")]
    public async Task BadFlagExitsWithClearError()
    {
        using var process = StartMock("--tier", "gold");
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        process.ExitCode.ShouldBe(2);
        errors.ShouldContain("--tier");
        errors.ShouldContain("gold");
    }

    [Fact(DisplayName = "A stray argument is named by its position, never echoed (it is often a second key)")]
    public async Task StrayArgumentIsNotEchoed()
    {
        using var process = StartMock("--api-key", "k1", "sk-stray-secret-2");
        var errors = await process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        process.ExitCode.ShouldBe(2);
        errors.ShouldContain("position 3");
        (errors + output).ShouldNotContain("sk-stray-secret-2");
    }

    private static Process StartMock(params string[] args)
    {
        File.Exists(Path.Combine(AppContext.BaseDirectory, "AvatarIV.MockServer.dll")).ShouldBeTrue($"expected the mock beside the tests in {AppContext.BaseDirectory}");
        return MockProcess.StartProcess(args);
    }
}
