using AvatarIV.Core;
using AvatarIV.PowerShell.Hosting;
using AvatarIV.PowerShell.Models;

namespace AvatarIV.PowerShell.Handlers;

/// <summary>Downloads one finished video (and optionally its thumbnail) with progress; Core writes atomically.</summary>
internal sealed class VideoDownloader
{
    private const int ActivityId = 30;
    private readonly HandlerContext _context;

    public VideoDownloader(HandlerContext context) => _context = context;

    /// <summary>Saves <paramref name="video"/> to <paramref name="path"/> and records the files on <paramref name="model"/>; false under -WhatIf or a declined -Confirm.</summary>
    public async Task<bool> DownloadAsync(Video video, AvatarVideo model, string path, bool overwrite, bool includeThumbnail, VideoAsset asset = VideoAsset.Video)
    {
        // Writing (with -Force, overwriting) a file is a change: -WhatIf previews it, -Confirm asks.
        var what = asset == VideoAsset.Video ? $"video {video.VideoId}" : $"{asset.ToString().ToLowerInvariant()} of video {video.VideoId}";
        if (!_context.Sink.ShouldProcess(path, $"Save {what}"))
        {
            return false;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var activity = $"Downloading {what}";
        var progress = new InlineProgress<TransferProgress>(p => _context.Sink.WriteProgress(
            new ProgressUpdate(ActivityId, activity, SendPhotoHandler.Describe(p), p.Percent ?? -1)));
        var options = new DownloadOptions { Overwrite = overwrite, IncludeThumbnail = includeThumbnail, Asset = asset };
        var result = await _context.Client.DownloadVideoAsync(video, path, options, progress, _context.CancellationToken).ConfigureAwait(false);
        _context.Sink.WriteProgress(new ProgressUpdate(ActivityId, activity, "Done", 100, Completed: true));
        switch (asset)
        {
            case VideoAsset.Subtitle:
                model.SubtitleFilePath = result.Path;
                break;
            case VideoAsset.Thumbnail:
                model.ThumbnailFilePath = result.Path;
                break;
            default:
                model.FilePath = result.Path;
                model.ThumbnailFilePath = result.ThumbnailPath ?? model.ThumbnailFilePath;
                break;
        }

        return true;
    }
}
