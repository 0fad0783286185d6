using AvatarIV.PowerShell.Models;

namespace AvatarIV.PowerShell.Handlers.Mock;

/// <summary>Stop-AvatarIVMock: stops a mock's process. Stopping a stopped mock does nothing, so it is safe twice.</summary>
internal sealed class StopMockHandler
{
    private readonly HandlerContext _context;

    public StopMockHandler(HandlerContext context) => _context = context;

    public void Stop(AvatarIVMock mock, bool passThru)
    {
        if (!mock.Stopped)
        {
            mock.Stopped = true;
            mock.Server.Dispose();
            _context.Sink.WriteVerbose($"Stopped the mock server at {mock.BaseUri}.");
        }

        _context.Session.Mocks.Remove(mock);
        if (passThru)
        {
            _context.Sink.WriteObject(mock);
        }
    }
}
