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
    public async Task<bool> DownloadAsync(Video video, AvatarVideo model, string path, bool overwrite, bool includeThumbnail)
    {
        // Writing (with -Force, overwriting) a file is a change: -WhatIf previews it, -Confirm asks.
        if (!_context.Sink.ShouldProcess(path, $"Save video {video.VideoId}"))
        {
            return false;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var activity = $"Downloading video {video.VideoId}";
        var progress = new InlineProgress<TransferProgress>(p => _context.Sink.WriteProgress(
            new ProgressUpdate(ActivityId, activity, SendPhotoHandler.Describe(p), p.Percent ?? -1)));
        var options = new DownloadOptions { Overwrite = overwrite, IncludeThumbnail = includeThumbnail };
        var result = await _context.Client.DownloadVideoAsync(video, path, options, progress, _context.CancellationToken).ConfigureAwait(false);
        _context.Sink.WriteProgress(new ProgressUpdate(ActivityId, activity, "Done", 100, Completed: true));
        model.FilePath = result.Path;
        model.ThumbnailFilePath = result.ThumbnailPath;
        return true;
    }
}
