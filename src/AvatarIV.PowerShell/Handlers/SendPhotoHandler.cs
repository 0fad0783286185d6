using AvatarIV.Core;
using AvatarIV.Core.Preflight;
using AvatarIV.PowerShell.Hosting;

namespace AvatarIV.PowerShell.Handlers;

/// <summary>Send-AvatarPhoto: checks each photo locally, uploads it with progress, writes an asset object.</summary>
internal sealed class SendPhotoHandler
{
    private const int ActivityId = 1;
    private readonly HandlerContext _context;

    public SendPhotoHandler(HandlerContext context) => _context = context;

    /// <param name="paths">Resolved file-system paths (wildcards already expanded by the cmdlet).</param>
    public async Task SendAsync(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            await SendAsync(path).ConfigureAwait(false);
        }
    }

    /// <summary>One photo; its failure is written as this item's error (a terminating one stops the command).</summary>
    public async Task SendAsync(string path)
    {
        try
        {
            await SendOneAsync(path).ConfigureAwait(false);
        }
        catch (Exception e) when (HandlerContext.IsItemFailure(e))
        {
            _context.Fail(e, path);
        }
    }

    private async Task SendOneAsync(string path)
    {
        var ct = _context.CancellationToken;
        ct.ThrowIfCancellationRequested();
        using (var stream = File.OpenRead(path))
        {
            PreflightChecks.CheckPhoto(stream, _context.Surface);
        }

        var name = Path.GetFileName(path);
        var progress = new InlineProgress<TransferProgress>(p => _context.Sink.WriteProgress(
            new ProgressUpdate(ActivityId, $"Uploading {name}", Describe(p), p.Percent ?? -1)));
        var asset = await _context.Client.UploadFileAsync(path, progress, ct).ConfigureAwait(false);
        _context.Sink.WriteProgress(new ProgressUpdate(ActivityId, $"Uploading {name}", "Done", 100, Completed: true));
        _context.Sink.WriteObject(ModelMapper.ToAsset(asset, path));
    }

    internal static string Describe(TransferProgress p) =>
        p.TotalBytes is { } total ? $"{p.BytesTransferred:N0} of {total:N0} bytes" : $"{p.BytesTransferred:N0} bytes";
}
