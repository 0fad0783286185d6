using AvatarIV.Core;

namespace AvatarIV.PowerShell.Handlers;

/// <summary>Save-AvatarIVVideo: downloads a finished video to a file (atomically: never a partial target).</summary>
internal sealed class SaveVideoHandler
{
    private readonly HandlerContext _context;

    public SaveVideoHandler(HandlerContext context) => _context = context;

    /// <param name="path">Target file; null = <c>&lt;VideoId&gt;.mp4</c> in <paramref name="directory"/>.</param>
    /// <param name="directory">Folder for the default file name (already resolved by the cmdlet).</param>
    public async Task SaveAsync(string videoId, string? path, string directory, bool force, bool includeThumbnail)
    {
        try
        {
            var video = await _context.Client.GetVideoAsync(videoId, _context.CancellationToken).ConfigureAwait(false);
            var model = _context.SessionVideo(video);
            var target = path ?? Path.Combine(directory, videoId + ".mp4");
            if (!await new VideoDownloader(_context).DownloadAsync(video, model, target, force, includeThumbnail).ConfigureAwait(false))
            {
                return;
            }

            if (video.Status != VideoStatus.Completed)
            {
                // Core re-read the video and found it finished (e.g. New-AvatarIVVideo | Save-AvatarIVVideo):
                // write it as it was when saved, not as it was before.
                var saved = _context.SessionVideo(await _context.Client.GetVideoAsync(videoId, _context.CancellationToken).ConfigureAwait(false));
                saved.FilePath = model.FilePath;
                saved.ThumbnailFilePath = model.ThumbnailFilePath;
                model = saved;
            }

            _context.Sink.WriteObject(model);
        }
        catch (Exception e) when (HandlerContext.IsItemFailure(e))
        {
            _context.Fail(e, videoId);
        }
    }
}
