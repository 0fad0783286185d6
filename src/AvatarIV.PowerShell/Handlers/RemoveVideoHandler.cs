namespace AvatarIV.PowerShell.Handlers;

/// <summary>Remove-AvatarIVVideo: deletes a video for good, after ShouldProcess (ConfirmImpact High).</summary>
internal sealed class RemoveVideoHandler
{
    private readonly HandlerContext _context;

    public RemoveVideoHandler(HandlerContext context) => _context = context;

    public async Task RemoveAsync(string videoId)
    {
        if (!_context.Sink.ShouldProcess(videoId, "Delete the video permanently"))
        {
            return;
        }

        try
        {
            await _context.Client.DeleteVideoAsync(videoId, _context.CancellationToken).ConfigureAwait(false);
            _context.Sink.WriteVerbose($"Deleted video {videoId}.");
        }
        catch (Exception e) when (HandlerContext.IsItemFailure(e))
        {
            _context.Fail(e, videoId);
        }
    }
}
