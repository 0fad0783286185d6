using AvatarIV.Core;
using AvatarIV.PowerShell.Hosting;
using AvatarIV.PowerShell.Models;

namespace AvatarIV.PowerShell.Handlers;

/// <summary>
/// New-AvatarIVVideo: local checks and an estimate first, then ShouldProcess (so -WhatIf spends
/// nothing and uploads nothing), then the audio upload (for -AudioPath) and the create.
/// </summary>
internal sealed class NewVideoHandler
{
    private const int ActivityId = 2;
    private readonly HandlerContext _context;
    private readonly CreateBatcher? _creates;

    /// <param name="creates">The command's v3 creates, gathered into batches; null: each create on its own.</param>
    public NewVideoHandler(HandlerContext context, CreateBatcher? creates = null)
    {
        _context = context;
        _creates = creates;
    }

    public async Task CreateAsync(NewVideoParameters p)
    {
        if (Prepare(p) is { } create)
        {
            await create().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// What comes first, in input order on the command's own flow: local checks, the estimate and ShouldProcess.
    /// Answers the upload and create to run (concurrently with other items), or null when refused or declined.
    /// </summary>
    public Func<Task>? Prepare(NewVideoParameters p)
    {
        // PowerShell binds $null to a string parameter as "", e.g. -ImageKey $asset.ImageKey on v3.
        p.ImageKey = string.IsNullOrEmpty(p.ImageKey) ? null : p.ImageKey;
        p.AssetId = string.IsNullOrEmpty(p.AssetId) ? null : p.AssetId;
        var target = p.Title ?? p.AvatarId ?? p.AssetId ?? p.ImageKey ?? "(no photo)";
        if (p.AudioPath is not null && !File.Exists(p.AudioPath))
        {
            _context.Sink.WriteError(ErrorMap.NoSuchPath(p.AudioPath, "-AudioPath"));
            return null;
        }

        try
        {
            // Every local check before ShouldProcess and the upload: a refusal spends and uploads nothing.
            NewVideoChecks.Check(p, _context.Surface);
            var estimate = Estimate(p);
            if (!_context.Sink.ShouldProcess(target, $"Create an Avatar IV video ({VideoEstimate.Describe(estimate)})"))
            {
                return null;
            }

            var request = ToRequest(p);
            return () => SubmitAsync(p, request, estimate, target);
        }
        catch (Exception e) when (HandlerContext.IsItemFailure(e))
        {
            _context.Fail(e, target);
            return null;
        }
    }

    private async Task SubmitAsync(NewVideoParameters p, CreateVideoRequest request, AvatarCreditEstimate? estimate, string target)
    {
        try
        {
            if (p.AudioPath is not null)
            {
                request.AudioAssetId = await UploadAudioAsync(p.AudioPath).ConfigureAwait(false);
            }

            var created = await CreateAsync(request).ConfigureAwait(false);
            _context.Sink.WriteObject(_context.Session.Videos.Remember(new AvatarVideo
            {
                VideoId = created.VideoId,
                Status = created.Status.ToString(),
                Title = p.Title,
                EstimatedSeconds = estimate?.DurationSeconds,
                EstimatedCredits = estimate?.Credits,
                CallbackId = p.CallbackId,
                ApiVersion = ModelMapper.ToApiVersion(created.Surface),
            }));
        }
        catch (Exception e) when (HandlerContext.IsItemFailure(e))
        {
            _context.Fail(e, target);
        }
    }

    /// <summary>On its own, or through the command's batcher (an item's own Idempotency-Key names one create: never batched).</summary>
    private Task<CreatedVideo> CreateAsync(CreateVideoRequest request) => _creates is null
        ? _context.Client.CreateVideoAsync(request, _context.CancellationToken)
        : _creates.CreateAsync(request, alone: !string.IsNullOrEmpty(request.IdempotencyKey));

    private AvatarCreditEstimate? Estimate(NewVideoParameters p)
    {
        var motion = !string.IsNullOrWhiteSpace(p.MotionPrompt);
        if (p.AudioPath is not null)
        {
            return VideoEstimate.ForAudioFile(p.AudioPath, motion, p.Resolution, _context.Surface);
        }

        // A look video is priced at its avatar type's rate when this session has listed the looks (else the photo rate).
        var avatarType = p.AvatarId is null ? null : _context.Session.Looks.TypeOf(p.AvatarId);
        return p.AudioUrl is null && p.AudioAssetId is null && p.Script is not null
            ? VideoEstimate.ForScript(p.Script, motion, p.Resolution, _context.Surface, avatarType)
            : null;
    }

    private async Task<string> UploadAudioAsync(string path)
    {
        if (_creates is null)
        {
            return await SendAudioAsync(path).ConfigureAwait(false);
        }

        await _creates.AudioUploads.WaitAsync(_context.CancellationToken).ConfigureAwait(false);
        try
        {
            return await SendAudioAsync(path).ConfigureAwait(false);
        }
        finally
        {
            _creates.AudioUploads.Release();
        }
    }

    private async Task<string> SendAudioAsync(string path)
    {
        var name = Path.GetFileName(path);
        var progress = new InlineProgress<TransferProgress>(t => _context.Sink.WriteProgress(
            new ProgressUpdate(ActivityId, $"Uploading {name}", SendPhotoHandler.Describe(t), t.Percent ?? -1)));
        var asset = await _context.Client.UploadFileAsync(path, progress, _context.CancellationToken).ConfigureAwait(false);
        _context.Sink.WriteProgress(new ProgressUpdate(ActivityId, $"Uploading {name}", "Done", 100, Completed: true));
        return asset.AssetId;
    }

    private CreateVideoRequest ToRequest(NewVideoParameters p)
    {
        var legacy = _context.Surface == ApiSurface.Legacy;
        return new CreateVideoRequest
        {
            // Send-AvatarPhoto's objects carry both on the legacy surface; each surface wants its own reference.
            // A look replaces the photo: a photo object piped in alongside -AvatarId is not sent.
            ImageKey = p.AvatarId is null && (legacy || p.AssetId is null) ? p.ImageKey : null,
            ImageAssetId = p.AvatarId is null && (!legacy || p.ImageKey is null) ? p.AssetId : null,
            AvatarId = p.AvatarId,
            Engine = p.Engine,
            Script = p.Script,
            VoiceId = p.VoiceId,
            AudioUrl = p.AudioUrl,
            AudioAssetId = p.AudioAssetId,
            Title = p.Title,
            MotionPrompt = p.MotionPrompt,
            EnhanceMotionPrompt = p.EnhanceMotionPrompt,
            Orientation = ParseOrNull<VideoOrientation>(p.Orientation, "Orientation"),
            AspectRatio = p.AspectRatio,
            Fit = ParseOrNull<VideoFit>(p.Fit, "Fit"),
            Resolution = p.Resolution,
            Caption = p.Caption,
            CaptionStyle = p.CaptionStyle,
            FolderId = p.FolderId,
            CallbackUrl = p.CallbackUrl,
            CallbackId = p.CallbackId,
            IdempotencyKey = p.IdempotencyKey,
        };
    }

    private static T? ParseOrNull<T>(string? value, string parameter)
        where T : struct
    {
        if (value is null)
        {
            return null;
        }

        return Enum.TryParse<T>(value, ignoreCase: true, out var parsed)
            ? parsed
            : throw new ArgumentException($"-{parameter} '{value}' is not one of: {string.Join(", ", Enum.GetNames(typeof(T)))}.", parameter);
    }
}
