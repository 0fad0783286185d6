using AvatarIV.Core;

namespace AvatarIV.PowerShell.Handlers;

/// <summary>Save-AvatarIVVideo: downloads a finished video to a file (atomically: never a partial target).</summary>
internal sealed class SaveVideoHandler
{
    private readonly HandlerContext _context;

    public SaveVideoHandler(HandlerContext context) => _context = context;

    /// <param name="path">Target file; null = <c>&lt;VideoId&gt;</c> plus the asset's extension in <paramref name="directory"/>.</param>
    /// <param name="directory">Folder for the default file name (already resolved by the cmdlet).</param>
    /// <param name="asset">Video, Captioned, Subtitle or Thumbnail (the cmdlet validates the set).</param>
    public async Task SaveAsync(string videoId, string? path, string directory, bool force, bool includeThumbnail, string asset = "Video")
    {
        try
        {
            var which = (VideoAsset)Enum.Parse(typeof(VideoAsset), asset, ignoreCase: true);
            var video = await _context.Client.GetVideoAsync(videoId, _context.CancellationToken).ConfigureAwait(false);
            var model = _context.SessionVideo(video);
            var target = path ?? Path.Combine(directory, videoId + DefaultExtension(which));
            if (!await new VideoDownloader(_context).DownloadAsync(video, model, target, force, includeThumbnail, which).ConfigureAwait(false))
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
                saved.SubtitleFilePath = model.SubtitleFilePath;
                model = saved;
            }

            _context.Sink.WriteObject(model);
        }
        catch (Exception e) when (HandlerContext.IsItemFailure(e))
        {
            _context.Fail(e, videoId);
        }
    }

    private static string DefaultExtension(VideoAsset asset) => asset switch
    {
        VideoAsset.Captioned => ".captioned.mp4",
        VideoAsset.Subtitle => ".srt",
        VideoAsset.Thumbnail => ".jpg",
        _ => ".mp4",
    };
}
