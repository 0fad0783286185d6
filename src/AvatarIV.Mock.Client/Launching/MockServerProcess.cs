using System.Diagnostics;

namespace AvatarIV.Mock.Client.Launching;

/// <summary>
/// The mock server in its own process on a free loopback port (<c>--urls http://127.0.0.1:0</c>). Its first stdout
/// line is its base URL, read before StartAsync returns, so nobody waits by sleeping. Dispose to stop it
/// (safe twice); <see cref="Process"/> stays readable afterwards.
/// </summary>
public sealed class MockServerProcess : IDisposable
{
    private readonly StderrTail _stderr;
    private int _stopped;

    private MockServerProcess(System.Diagnostics.Process process, Uri baseUri, StderrTail stderr)
    {
        Process = process;
        BaseUri = baseUri;
        _stderr = stderr;
        Admin = new MockAdminClient(baseUri);
    }

    /// <summary>Base URL with a trailing slash, e.g. <c>http://127.0.0.1:45123/</c>.</summary>
    public Uri BaseUri { get; }

    public System.Diagnostics.Process Process { get; }

    /// <summary>The admin client of this mock.</summary>
    public MockAdminClient Admin { get; }

    public bool HasExited => _stopped != 0 || Process.HasExited;

    /// <summary>Starts the mock at <paramref name="path"/> (a .dll, an executable, or null for the installed tool) with <paramref name="flags"/>.</summary>
    public static Task<MockServerProcess> StartAsync(string? path, IEnumerable<string>? flags = null, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        StartAsync(MockServerCommand.Resolve(path), flags, timeout, cancellationToken);

    public static async Task<MockServerProcess> StartAsync(MockServerCommand command, IEnumerable<string>? flags = null, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var given = (flags ?? Array.Empty<string>()).ToList();
        var arguments = command.LeadingArguments.Concat(given.Contains("--urls") ? given : given.Concat(new[] { "--urls", "http://127.0.0.1:0" }));
        var start = new ProcessStartInfo(command.FileName, ProcessArguments.Join(arguments))
        {
            UseShellExecute = false,
            CreateNoWindow = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        var process = System.Diagnostics.Process.Start(start) ?? throw new MockServerStartException($"Could not start '{command.FileName}'.");
        var stderr = new StderrTail(process);
        var limit = timeout ?? TimeSpan.FromSeconds(60);
        string? firstLine;
        try
        {
            var read = process.StandardOutput.ReadLineAsync();
            var done = await Task.WhenAny(read, Task.Delay(limit, cancellationToken)).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            firstLine = done == read ? await read.ConfigureAwait(false) : null;
        }
        catch
        {
            Kill(process);
            throw;
        }

        if (string.IsNullOrWhiteSpace(firstLine) || !Uri.TryCreate(firstLine!.Trim().TrimEnd('/') + "/", UriKind.Absolute, out var baseUri))
        {
            var why = process.HasExited ? $"it exited with code {process.ExitCode}" : $"it printed no base URL within {limit.TotalSeconds:0} s";
            Kill(process);
            throw new MockServerStartException($"The AvatarIV mock server did not start ({why}). {stderr.Describe()}".TrimEnd());
        }

        _ = process.StandardOutput.ReadToEndAsync(); // keep draining stdout so the server never blocks on a full pipe
        return new MockServerProcess(process, baseUri, stderr);
    }

    /// <summary>What the mock last wrote to stderr (its logs), for a failure message.</summary>
    public string StderrTail => _stderr.Describe();

    /// <summary>Stops the process; safe to call more than once.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _stopped, 1) != 0)
        {
            return;
        }

        Admin.Dispose();
        Kill(Process);

        // Process is left undisposed so callers can still read HasExited and ExitCode after the stop.
    }

    private static void Kill(System.Diagnostics.Process process)
    {
        try
        {
            if (!process.HasExited)
            {
#if NET8_0_OR_GREATER
                process.Kill(entireProcessTree: true);
#else
                process.Kill();
#endif
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // already gone between the check and the kill
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // exiting as we asked
        }
    }
}
