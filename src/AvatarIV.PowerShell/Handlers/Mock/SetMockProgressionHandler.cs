using AvatarIV.PowerShell.Models;

namespace AvatarIV.PowerShell.Handlers.Mock;

/// <summary>Set-AvatarIVMockProgression: how one video moves to its end in the mock (immediate, time, manual, polls:N).</summary>
internal sealed class SetMockProgressionHandler
{
    private readonly HandlerContext _context;

    public SetMockProgressionHandler(HandlerContext context) => _context = context;

    public async Task SetAsync(AvatarIVMock? given, string videoId, string mode, bool passThru)
    {
        var mock = MockTarget.Resolve(_context, given);
        if (!_context.Sink.ShouldProcess($"video {videoId} in the mock at {mock.BaseUri}", $"Set its progression to {mode}"))
        {
            return;
        }

        var job = await MockTarget.CallAsync(_context, mock, videoId, admin => admin.SetJobProgressionAsync(videoId, mode, _context.CancellationToken)).ConfigureAwait(false);
        if (job is not null && passThru)
        {
            _context.Sink.WriteObject(MockModelMapper.ToJob(job));
        }
    }
}
