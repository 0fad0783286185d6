using System.Security;
using AvatarIV.Mock.Client.Launching;
using AvatarIV.PowerShell.Hosting;
using AvatarIV.PowerShell.Models;

namespace AvatarIV.PowerShell.Handlers.Mock;

/// <summary>
/// Start-AvatarIVMock: runs the mock (the installed avatariv-mock tool, or a given .dll or executable) on a free
/// loopback port, waits for the base URL it prints first, and with -Connect connects the session to it.
/// </summary>
internal sealed class StartMockHandler
{
    /// <summary>The key -Connect uses without -ApiKey. The mock accepts any non-empty key unless started with --api-key.</summary>
    public const string TestApiKey = "avatariv-mock-test-key";

    private readonly HandlerContext _context;

    public StartMockHandler(HandlerContext context) => _context = context;

    public async Task StartAsync(string? path, IReadOnlyList<string> flags, TimeSpan timeout, bool connect, SecureString? apiKey, AvatarIVApiVersion? apiVersion)
    {
        var server = await LaunchAsync(path, flags, timeout).ConfigureAwait(false);
        var mock = new AvatarIVMock(server.BaseUri, server.Process, server);
        _context.Sink.WriteVerbose($"The mock server is listening at {mock.BaseUri} (process {mock.ProcessId}).");
        if (connect)
        {
            try
            {
                new ConnectHandler(_context).Connect(apiKey ?? AvatarIVSession.ToSecureString(TestApiKey), mock.BaseUri, null, apiVersion, passThru: false);
            }
            catch
            {
                server.Dispose();
                throw;
            }
        }

        _context.Session.Mocks.Add(mock);
        _context.Sink.WriteObject(mock);
    }

    private async Task<MockServerProcess> LaunchAsync(string? path, IReadOnlyList<string> flags, TimeSpan timeout)
    {
        MockServerCommand command;
        try
        {
            command = MockServerCommand.Resolve(path);
        }
        catch (FileNotFoundException e)
        {
            throw new CmdletTerminatingException(MockErrors.NotFound(e, path));
        }

        _context.Sink.WriteVerbose($"Starting the mock server: {command.FileName} {string.Join(" ", command.LeadingArguments)}");
        try
        {
            return await MockServerProcess.StartAsync(command, flags, timeout, _context.CancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (MockErrors.IsStartFailure(e))
        {
            throw new CmdletTerminatingException(MockErrors.StartFailed(e, path));
        }
    }
}
