using AvatarIV.MockServer.Domain.Avatars;
using AvatarIV.MockServer.Domain.Errors;
using AvatarIV.MockServer.Domain.Facts;
using AvatarIV.MockServer.Domain.Folders;
using AvatarIV.MockServer.Domain.Media.Formats;
using AvatarIV.MockServer.Domain.Pricing;
using AvatarIV.MockServer.Domain.Jobs;
using AvatarIV.MockServer.Domain.Ledgers;
using AvatarIV.MockServer.Domain.Media;
using AvatarIV.MockServer.Hosting;
using AvatarIV.MockServer.Rendering;

namespace AvatarIV.MockServer.Domain.Videos;

/// <summary>
/// Decides what a create request will produce: fetches its media, works out the duration (audio length, or the
/// script's estimated speaking time), enforces the length limits, sizes the frame and prices it.
/// </summary>
public sealed class VideoPlanner(MediaResolver media, LedgerBook ledgers, AccountSettings accounts, FolderStore folders, MockServerOptions options, MockFacts facts)
{
    private readonly SpeakingTime _speaking = new(facts);
    private readonly PriceList _prices = new(facts, options.PricingProfile);

    public async Task<JobDraft> PlanAsync(VideoRequest request, CancellationToken cancellationToken)
    {
        var plannedFailure = FailureMarker.Find(("title", request.Title), ("script", request.Script));
        CheckScriptLength(request.Script);

        var image = await ResolveAsync(request.OwnerKeyId, request.Image, isAudio: false, cancellationToken);
        var audio = request.Audio is null ? null : await ResolveAsync(request.OwnerKeyId, request.Audio, isAudio: true, cancellationToken);

        var (duration, audioFailure) = audio is null
            ? (_speaking.SecondsFor(request.Script, request.Speed), null)
            : MeasureAudio(audio, request.Audio!);
        CheckDuration(request, duration);

        if (request.FolderId is { } folderId)
        {
            folders.Require(request.OwnerKeyId, folderId);
        }

        var resolution = request.Surface == VideoSurface.V3 ? request.Resolution ?? "720p" : null;
        var maxResolution = accounts.MaxResolutionOf(request.OwnerKeyId);
        if (resolution is not null && VideoGeometry.Rank(resolution) > VideoGeometry.Rank(maxResolution))
        {
            throw MockError.Invalid("resolution", $"resolution '{resolution}' is above this account's maximum of {maxResolution}. Ask for {maxResolution} or lower.");
        }

        var (width, height) = request.Surface == VideoSurface.V3
            ? VideoGeometry.ForAspect(request.AspectRatio, resolution, image.Bytes)
            : VideoGeometry.ForOrientation(request.Orientation);

        var look = request.Image.Kind == MediaRefKind.Look ? AvatarVideoRules.LookOf(request.Image.Value!) : null;
        if (look is not null)
        {
            AvatarVideoRules.Check(look, request.Engine ?? AvatarVideoRules.AvatarIv, resolution, !string.IsNullOrWhiteSpace(request.MotionPrompt), request.ExpressivenessGiven, request.ReferenceLookId);
        }

        var cost = _prices.CreditsFor(duration, request.Surface, !string.IsNullOrWhiteSpace(request.MotionPrompt), resolution, videoAvatar: look is { IsPhoto: false });
        var failure = plannedFailure is not null
            ? (plannedFailure, (string?)null)
            : image.FailureCode is not null ? (image.FailureCode, image.FailureMessage) : audioFailure ?? (null, null);

        return new JobDraft
        {
            Request = request,
            Photo = image.Bytes,
            ImageAssetId = image.AssetId,
            Audio = audio?.Bytes,
            AudioAssetId = audio?.AssetId,
            DurationSeconds = duration,
            Cost = cost,
            Width = width,
            Height = height,
            Resolution = resolution,
            PlannedFailureCode = failure.Item1,
            PlannedFailureMessage = failure.Item2,
        };
    }

    private async Task<ResolvedMedia> ResolveAsync(string owner, MediaRef reference, bool isAudio, CancellationToken cancellationToken)
    {
        var resolved = reference.Kind switch
        {
            MediaRefKind.AssetId => media.FromAsset(owner, reference.Value!, reference.Param),
            MediaRefKind.ImageKey => media.FromImageKey(owner, reference.Value!, reference.Param),
            MediaRefKind.Inline => ResolvedMedia.Of(reference.Bytes!),
            MediaRefKind.Look => ResolvedMedia.Of(LookPortraits.Jpeg(AvatarVideoRules.LookOf(reference.Value!))),
            _ => await media.FromUrlAsync(owner, reference.Url!, isAudio, reference.Param, cancellationToken),
        };

        if (resolved.Bytes is null || KindFits(resolved.Kind, isAudio))
        {
            return resolved;
        }

        var expected = isAudio ? "a WAV or MP3 audio file" : "a JPEG or PNG photo";
        var found = resolved.Kind == MediaFormat.Unrecognised ? "not a recognised media file" : $"a file of type {resolved.Kind.MimeType()}";
        if (reference.Kind == MediaRefKind.Url)
        {
            // HeyGen only sees bad downloaded media while rendering: the job fails instead of the request.
            var code = isAudio ? ErrorCatalog.InvalidAudio.Code : ErrorCatalog.ImageNotSupported.Code;
            return ResolvedMedia.Unavailable(code, $"{reference.Param} points at {found}; expected {expected}.");
        }

        throw MockError.Invalid(reference.Param, $"{reference.Param} is {found}; expected {expected}.");
    }

    private static bool KindFits(MediaFormat kind, bool isAudio) => isAudio ? kind.IsAudio() : kind.IsPhoto();

    private (double Seconds, (string?, string?)? Failure) MeasureAudio(ResolvedMedia audio, MediaRef reference)
    {
        var fallback = Math.Max(facts.Limits.MinVideoSeconds, options.ExternalAudioSeconds);
        if (audio.Bytes is not null)
        {
            return AudioLength.Seconds(audio.Bytes) is { } seconds
                ? (Math.Round(seconds, 3), null)
                : (fallback, (ErrorCatalog.InvalidAudio.Code, $"{reference.Param}: the audio could not be decoded to find its length. Use a WAV or MP3 file."));
        }

        if (reference.Url is not null && media.AssumesExternalAudio(audio, reference.Url))
        {
            return (options.ExternalAudioSeconds, null);
        }

        return (fallback, (audio.FailureCode, audio.FailureMessage));
    }

    private void CheckScriptLength(string? script)
    {
        if (script is not null && script.Length > facts.Limits.ScriptMaxChars)
        {
            throw MockError.Invalid("script", $"script is {script.Length} characters; the limit is {facts.Limits.ScriptMaxChars}. Split it into several videos.");
        }
    }

    private void CheckDuration(VideoRequest request, double seconds)
    {
        var tier = ledgers.TierOf(request.OwnerKeyId);
        var param = request.Audio?.Param ?? "script";
        if (request.Surface == VideoSurface.V3 && request.Audio is not null && seconds > facts.Limits.V3AudioMaxSeconds)
        {
            throw MockError.Invalid(param, $"{param}: the audio lasts {seconds:0.#} s; audio input may last at most {facts.Limits.V3AudioMaxSeconds:0} s. Use shorter audio.");
        }

        if (seconds > tier.MaxVideoSeconds)
        {
            throw MockError.Invalid(param, $"{param}: the video would last {seconds:0.#} s; this plan allows at most {tier.MaxVideoSeconds:0} s per video. Shorten the {(request.Audio is null ? "script" : "audio")} or split it.");
        }
    }
}
