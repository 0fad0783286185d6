using AvatarIV.Core;

namespace AvatarIV.PowerShell.Handlers;

/// <summary>Get-AvatarIVVideo: one video by id, or the list (optionally filtered by title and cut to the first N).</summary>
internal sealed class GetVideoHandler
{
    private readonly HandlerContext _context;

    public GetVideoHandler(HandlerContext context) => _context = context;

    public async Task GetAsync(string videoId)
    {
        try
        {
            var video = await _context.Client.GetVideoAsync(videoId, _context.CancellationToken).ConfigureAwait(false);
            _context.Sink.WriteObject(_context.SessionVideo(video));
        }
        catch (Exception e) when (HandlerContext.IsItemFailure(e))
        {
            _context.Fail(e, videoId);
        }
    }

    /// <param name="title">Wildcard pattern on the title (legacy lists cannot filter, so this is always applied here too).</param>
    /// <param name="first">Stop after this many; null = all.</param>
    /// <param name="folderId">Only videos in this folder (the server filters).</param>
    public async Task ListAsync(string? title, int? first, string? folderId = null)
    {
        var filter = title is null ? null : new WildcardFilter(title);
        var query = new VideoListQuery { Title = title is null || HasWildcards(title) ? null : title, FolderId = folderId };
        var written = 0;
        try
        {
            await foreach (var video in _context.Client.ListVideosAsync(query, _context.CancellationToken).ConfigureAwait(false))
            {
                if (first is { } limit && written >= limit)
                {
                    break;
                }

                if (filter is null || filter.IsMatch(video.Title))
                {
                    _context.Sink.WriteObject(_context.SessionVideo(video));
                    written++;
                }
            }
        }
        catch (Exception e) when (HandlerContext.IsItemFailure(e))
        {
            _context.Fail(e, title);
        }
    }

    private static bool HasWildcards(string pattern) => pattern.IndexOfAny(new[] { '*', '?', '[', '`' }) >= 0;
}
